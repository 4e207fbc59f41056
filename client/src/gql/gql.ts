/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuthSession on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      name\n      email\n    }\n    account {\n      id\n      name\n    }\n  }\n": typeof types.AuthSessionFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthSession\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthSession\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...AuthSession\n    }\n  }\n": typeof types.SwitchAccountDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthSession\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query PlanCatalog {\n    plans {\n      code\n      name\n      description\n      priceMonthly {\n        cents\n        formatted\n      }\n      priceYearly {\n        cents\n        formatted\n      }\n      modules\n      apiRequestsPerMinute\n      limits {\n        metric\n        label\n        limit\n        period\n      }\n    }\n  }\n": typeof types.PlanCatalogDocument,
    "\n  query CurrentSubscription {\n    subscription {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CurrentSubscriptionDocument,
    "\n  query CurrentUsage {\n    usage {\n      metric\n      label\n      used\n      limit\n      period\n      resetsAt\n    }\n  }\n": typeof types.CurrentUsageDocument,
    "\n  query PaymentHistory($first: Int, $after: String) {\n    paymentHistory(first: $first, after: $after) {\n      nodes {\n        id\n        amount {\n          cents\n          formatted\n        }\n        status\n        description\n        periodStart\n        periodEnd\n        invoiceUrl\n        occurredAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PaymentHistoryDocument,
    "\n  mutation StartCheckout($input: StartCheckoutInput!) {\n    startCheckout(input: $input) {\n      url\n    }\n  }\n": typeof types.StartCheckoutDocument,
    "\n  mutation OpenCustomerPortal {\n    openCustomerPortal {\n      url\n    }\n  }\n": typeof types.OpenCustomerPortalDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CancelSubscriptionDocument,
    "\n  mutation ChangePlan($input: StartCheckoutInput!) {\n    changePlan(input: $input) {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ChangePlanDocument,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      documentId\n      uploadUrl\n      maxBytes\n    }\n  }\n": typeof types.CreateUploadDocument,
    "\n  mutation CompleteUpload($documentId: ID!) {\n    completeUpload(documentId: $documentId) {\n      id\n      status\n      stage\n      failureReason\n      filename\n    }\n  }\n": typeof types.CompleteUploadDocument,
    "\n  subscription DocumentProcessing($documentId: ID!) {\n    documentProcessing(documentId: $documentId) {\n      documentId\n      seq\n      state\n      stage\n      percent\n      message\n      document {\n        id\n        status\n        kind\n        direction\n        totalCents\n        total {\n          formatted\n        }\n        failureReason\n      }\n    }\n  }\n": typeof types.DocumentProcessingDocument,
    "\n  query DocumentList($first: Int, $after: String, $filter: DocumentFilterInput) {\n    documents(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        filename\n        status\n        stage\n        kind\n        direction\n        number\n        issuer {\n          taxId\n          name\n        }\n        recipient {\n          taxId\n          name\n        }\n        issuedAt\n        competenceMonth\n        total {\n          formatted\n        }\n        cancelled\n        countsAsRevenue\n        failureReason\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DocumentListDocument,
    "\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      filename\n      status\n      stage\n      kind\n      direction\n      fileType\n      method\n      sizeBytes\n      accessKey\n      number\n      series\n      issuer {\n        taxId\n        name\n      }\n      recipient {\n        taxId\n        name\n      }\n      issuedAt\n      competenceMonth\n      totalCents\n      total {\n        formatted\n      }\n      authorizationStatus\n      cancelled\n      countsAsRevenue\n      failureReason\n      createdAt\n      processedAt\n      fields {\n        name\n        value\n        confidence\n        source\n        edited\n      }\n      items {\n        position\n        code\n        description\n        ncm\n        cfop\n        quantity\n        unitPrice {\n          formatted\n        }\n        total {\n          formatted\n        }\n      }\n      history {\n        stage\n        message\n        at\n      }\n      fileUrl\n    }\n  }\n": typeof types.DocumentDetailDocument,
    "\n  mutation UpdateDocumentFields($id: ID!, $fields: [FieldEditInput!]!) {\n    updateDocumentFields(id: $id, fields: $fields) {\n      id\n      status\n      number\n      issuer {\n        taxId\n        name\n      }\n      recipient {\n        taxId\n        name\n      }\n      issuedAt\n      competenceMonth\n      totalCents\n      total {\n        formatted\n      }\n      countsAsRevenue\n      fields {\n        name\n        value\n        confidence\n        source\n        edited\n      }\n    }\n  }\n": typeof types.UpdateDocumentFieldsDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  mutation ReprocessDocument($id: ID!) {\n    reprocessDocument(id: $id) {\n      id\n      status\n      stage\n      failureReason\n    }\n  }\n": typeof types.ReprocessDocumentDocument,
    "\n  query MeiDashboard($year: Int) {\n    meiLimit(year: $year) {\n      year\n      regime\n      limitCents\n      proportional\n      months\n      revenueCents\n      remainingCents\n      percent\n      status\n      meaning\n      excessMonth\n      notificationDeadline\n      monthly {\n        month\n        revenueCents\n        cumulativeCents\n      }\n      projectedYearEndCents\n      projectedStatus\n      alertsSent {\n        level\n        at\n      }\n    }\n    dasCalendar(year: $year) {\n      competence\n      dueDate\n      amountCents\n      overdue\n    }\n    me {\n      id\n      account {\n        id\n        revenueSummary {\n          year\n          yearToDateCents\n          thisMonthCents\n          lastMonthCents\n          percent\n          status\n        }\n      }\n    }\n  }\n": typeof types.MeiDashboardDocument,
    "\n  query FiscalProfile {\n    fiscalProfile {\n      regime\n      openingDate\n      activity\n      countDocuments\n      countFinance\n      countMarketplace\n    }\n  }\n": typeof types.FiscalProfileDocument,
    "\n  mutation UpdateFiscalProfile($input: FiscalProfileInput!) {\n    updateFiscalProfile(input: $input) {\n      regime\n      openingDate\n      activity\n      countDocuments\n      countFinance\n      countMarketplace\n    }\n  }\n": typeof types.UpdateFiscalProfileDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      staff\n      role\n      account {\n        id\n        name\n        taxId\n        taxIdKind\n        status\n        planCode\n        modules\n      }\n      memberships {\n        role\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query AdminAccounts($search: String, $first: Int, $after: String) {\n    adminAccounts(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        taxId\n        taxIdKind\n        status\n        planCode\n        modules\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAccountsDocument,
    "\n  query AdminLeads($first: Int, $after: String) {\n    adminLeads(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        whatsapp\n        message\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminLeadsDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      accountName\n      email\n      role\n      expiresAt\n      existingUser\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation SubmitLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n      receivedAt\n      message\n    }\n  }\n": typeof types.SubmitLeadDocument,
    "\n  query ApiKeys {\n    me {\n      id\n      account {\n        id\n        apiKeys {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      nodes {\n        id\n        action\n        target\n        ip\n        userAgent\n        metadata\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Invitations {\n    me {\n      id\n      account {\n        id\n        invitations {\n          id\n          email\n          role\n          status\n          expiresAt\n          createdAt\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        status\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query Members {\n    me {\n      id\n      account {\n        id\n        members {\n          id\n          role\n          joinedAt\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId)\n  }\n": typeof types.RemoveMemberDocument,
};
const documents: Documents = {
    "\n  fragment AuthSession on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      name\n      email\n    }\n    account {\n      id\n      name\n    }\n  }\n": types.AuthSessionFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthSession\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthSession\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...AuthSession\n    }\n  }\n": types.SwitchAccountDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthSession\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query PlanCatalog {\n    plans {\n      code\n      name\n      description\n      priceMonthly {\n        cents\n        formatted\n      }\n      priceYearly {\n        cents\n        formatted\n      }\n      modules\n      apiRequestsPerMinute\n      limits {\n        metric\n        label\n        limit\n        period\n      }\n    }\n  }\n": types.PlanCatalogDocument,
    "\n  query CurrentSubscription {\n    subscription {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n": types.CurrentSubscriptionDocument,
    "\n  query CurrentUsage {\n    usage {\n      metric\n      label\n      used\n      limit\n      period\n      resetsAt\n    }\n  }\n": types.CurrentUsageDocument,
    "\n  query PaymentHistory($first: Int, $after: String) {\n    paymentHistory(first: $first, after: $after) {\n      nodes {\n        id\n        amount {\n          cents\n          formatted\n        }\n        status\n        description\n        periodStart\n        periodEnd\n        invoiceUrl\n        occurredAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PaymentHistoryDocument,
    "\n  mutation StartCheckout($input: StartCheckoutInput!) {\n    startCheckout(input: $input) {\n      url\n    }\n  }\n": types.StartCheckoutDocument,
    "\n  mutation OpenCustomerPortal {\n    openCustomerPortal {\n      url\n    }\n  }\n": types.OpenCustomerPortalDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n": types.CancelSubscriptionDocument,
    "\n  mutation ChangePlan($input: StartCheckoutInput!) {\n    changePlan(input: $input) {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n": types.ChangePlanDocument,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      documentId\n      uploadUrl\n      maxBytes\n    }\n  }\n": types.CreateUploadDocument,
    "\n  mutation CompleteUpload($documentId: ID!) {\n    completeUpload(documentId: $documentId) {\n      id\n      status\n      stage\n      failureReason\n      filename\n    }\n  }\n": types.CompleteUploadDocument,
    "\n  subscription DocumentProcessing($documentId: ID!) {\n    documentProcessing(documentId: $documentId) {\n      documentId\n      seq\n      state\n      stage\n      percent\n      message\n      document {\n        id\n        status\n        kind\n        direction\n        totalCents\n        total {\n          formatted\n        }\n        failureReason\n      }\n    }\n  }\n": types.DocumentProcessingDocument,
    "\n  query DocumentList($first: Int, $after: String, $filter: DocumentFilterInput) {\n    documents(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        filename\n        status\n        stage\n        kind\n        direction\n        number\n        issuer {\n          taxId\n          name\n        }\n        recipient {\n          taxId\n          name\n        }\n        issuedAt\n        competenceMonth\n        total {\n          formatted\n        }\n        cancelled\n        countsAsRevenue\n        failureReason\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DocumentListDocument,
    "\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      filename\n      status\n      stage\n      kind\n      direction\n      fileType\n      method\n      sizeBytes\n      accessKey\n      number\n      series\n      issuer {\n        taxId\n        name\n      }\n      recipient {\n        taxId\n        name\n      }\n      issuedAt\n      competenceMonth\n      totalCents\n      total {\n        formatted\n      }\n      authorizationStatus\n      cancelled\n      countsAsRevenue\n      failureReason\n      createdAt\n      processedAt\n      fields {\n        name\n        value\n        confidence\n        source\n        edited\n      }\n      items {\n        position\n        code\n        description\n        ncm\n        cfop\n        quantity\n        unitPrice {\n          formatted\n        }\n        total {\n          formatted\n        }\n      }\n      history {\n        stage\n        message\n        at\n      }\n      fileUrl\n    }\n  }\n": types.DocumentDetailDocument,
    "\n  mutation UpdateDocumentFields($id: ID!, $fields: [FieldEditInput!]!) {\n    updateDocumentFields(id: $id, fields: $fields) {\n      id\n      status\n      number\n      issuer {\n        taxId\n        name\n      }\n      recipient {\n        taxId\n        name\n      }\n      issuedAt\n      competenceMonth\n      totalCents\n      total {\n        formatted\n      }\n      countsAsRevenue\n      fields {\n        name\n        value\n        confidence\n        source\n        edited\n      }\n    }\n  }\n": types.UpdateDocumentFieldsDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": types.DeleteDocumentDocument,
    "\n  mutation ReprocessDocument($id: ID!) {\n    reprocessDocument(id: $id) {\n      id\n      status\n      stage\n      failureReason\n    }\n  }\n": types.ReprocessDocumentDocument,
    "\n  query MeiDashboard($year: Int) {\n    meiLimit(year: $year) {\n      year\n      regime\n      limitCents\n      proportional\n      months\n      revenueCents\n      remainingCents\n      percent\n      status\n      meaning\n      excessMonth\n      notificationDeadline\n      monthly {\n        month\n        revenueCents\n        cumulativeCents\n      }\n      projectedYearEndCents\n      projectedStatus\n      alertsSent {\n        level\n        at\n      }\n    }\n    dasCalendar(year: $year) {\n      competence\n      dueDate\n      amountCents\n      overdue\n    }\n    me {\n      id\n      account {\n        id\n        revenueSummary {\n          year\n          yearToDateCents\n          thisMonthCents\n          lastMonthCents\n          percent\n          status\n        }\n      }\n    }\n  }\n": types.MeiDashboardDocument,
    "\n  query FiscalProfile {\n    fiscalProfile {\n      regime\n      openingDate\n      activity\n      countDocuments\n      countFinance\n      countMarketplace\n    }\n  }\n": types.FiscalProfileDocument,
    "\n  mutation UpdateFiscalProfile($input: FiscalProfileInput!) {\n    updateFiscalProfile(input: $input) {\n      regime\n      openingDate\n      activity\n      countDocuments\n      countFinance\n      countMarketplace\n    }\n  }\n": types.UpdateFiscalProfileDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      staff\n      role\n      account {\n        id\n        name\n        taxId\n        taxIdKind\n        status\n        planCode\n        modules\n      }\n      memberships {\n        role\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query AdminAccounts($search: String, $first: Int, $after: String) {\n    adminAccounts(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        taxId\n        taxIdKind\n        status\n        planCode\n        modules\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAccountsDocument,
    "\n  query AdminLeads($first: Int, $after: String) {\n    adminLeads(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        whatsapp\n        message\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminLeadsDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      accountName\n      email\n      role\n      expiresAt\n      existingUser\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation SubmitLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n      receivedAt\n      message\n    }\n  }\n": types.SubmitLeadDocument,
    "\n  query ApiKeys {\n    me {\n      id\n      account {\n        id\n        apiKeys {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      nodes {\n        id\n        action\n        target\n        ip\n        userAgent\n        metadata\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Invitations {\n    me {\n      id\n      account {\n        id\n        invitations {\n          id\n          email\n          role\n          status\n          expiresAt\n          createdAt\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        status\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query Members {\n    me {\n      id\n      account {\n        id\n        members {\n          id\n          role\n          joinedAt\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId)\n  }\n": types.RemoveMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthSession on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      name\n      email\n    }\n    account {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuthSession on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      name\n      email\n    }\n    account {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthSession\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthSession\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...AuthSession\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...AuthSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthSession\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCatalog {\n    plans {\n      code\n      name\n      description\n      priceMonthly {\n        cents\n        formatted\n      }\n      priceYearly {\n        cents\n        formatted\n      }\n      modules\n      apiRequestsPerMinute\n      limits {\n        metric\n        label\n        limit\n        period\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanCatalog {\n    plans {\n      code\n      name\n      description\n      priceMonthly {\n        cents\n        formatted\n      }\n      priceYearly {\n        cents\n        formatted\n      }\n      modules\n      apiRequestsPerMinute\n      limits {\n        metric\n        label\n        limit\n        period\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentSubscription {\n    subscription {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentSubscription {\n    subscription {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUsage {\n    usage {\n      metric\n      label\n      used\n      limit\n      period\n      resetsAt\n    }\n  }\n"): (typeof documents)["\n  query CurrentUsage {\n    usage {\n      metric\n      label\n      used\n      limit\n      period\n      resetsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentHistory($first: Int, $after: String) {\n    paymentHistory(first: $first, after: $after) {\n      nodes {\n        id\n        amount {\n          cents\n          formatted\n        }\n        status\n        description\n        periodStart\n        periodEnd\n        invoiceUrl\n        occurredAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentHistory($first: Int, $after: String) {\n    paymentHistory(first: $first, after: $after) {\n      nodes {\n        id\n        amount {\n          cents\n          formatted\n        }\n        status\n        description\n        periodStart\n        periodEnd\n        invoiceUrl\n        occurredAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCheckout($input: StartCheckoutInput!) {\n    startCheckout(input: $input) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation StartCheckout($input: StartCheckoutInput!) {\n    startCheckout(input: $input) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCustomerPortal {\n    openCustomerPortal {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCustomerPortal {\n    openCustomerPortal {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSubscription {\n    cancelSubscription {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSubscription {\n    cancelSubscription {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlan($input: StartCheckoutInput!) {\n    changePlan(input: $input) {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlan($input: StartCheckoutInput!) {\n    changePlan(input: $input) {\n      planCode\n      status\n      cycle\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      graceEndsAt\n      hasPaymentMethod\n      plan {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      documentId\n      uploadUrl\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      documentId\n      uploadUrl\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUpload($documentId: ID!) {\n    completeUpload(documentId: $documentId) {\n      id\n      status\n      stage\n      failureReason\n      filename\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteUpload($documentId: ID!) {\n    completeUpload(documentId: $documentId) {\n      id\n      status\n      stage\n      failureReason\n      filename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DocumentProcessing($documentId: ID!) {\n    documentProcessing(documentId: $documentId) {\n      documentId\n      seq\n      state\n      stage\n      percent\n      message\n      document {\n        id\n        status\n        kind\n        direction\n        totalCents\n        total {\n          formatted\n        }\n        failureReason\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DocumentProcessing($documentId: ID!) {\n    documentProcessing(documentId: $documentId) {\n      documentId\n      seq\n      state\n      stage\n      percent\n      message\n      document {\n        id\n        status\n        kind\n        direction\n        totalCents\n        total {\n          formatted\n        }\n        failureReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentList($first: Int, $after: String, $filter: DocumentFilterInput) {\n    documents(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        filename\n        status\n        stage\n        kind\n        direction\n        number\n        issuer {\n          taxId\n          name\n        }\n        recipient {\n          taxId\n          name\n        }\n        issuedAt\n        competenceMonth\n        total {\n          formatted\n        }\n        cancelled\n        countsAsRevenue\n        failureReason\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentList($first: Int, $after: String, $filter: DocumentFilterInput) {\n    documents(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        filename\n        status\n        stage\n        kind\n        direction\n        number\n        issuer {\n          taxId\n          name\n        }\n        recipient {\n          taxId\n          name\n        }\n        issuedAt\n        competenceMonth\n        total {\n          formatted\n        }\n        cancelled\n        countsAsRevenue\n        failureReason\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      filename\n      status\n      stage\n      kind\n      direction\n      fileType\n      method\n      sizeBytes\n      accessKey\n      number\n      series\n      issuer {\n        taxId\n        name\n      }\n      recipient {\n        taxId\n        name\n      }\n      issuedAt\n      competenceMonth\n      totalCents\n      total {\n        formatted\n      }\n      authorizationStatus\n      cancelled\n      countsAsRevenue\n      failureReason\n      createdAt\n      processedAt\n      fields {\n        name\n        value\n        confidence\n        source\n        edited\n      }\n      items {\n        position\n        code\n        description\n        ncm\n        cfop\n        quantity\n        unitPrice {\n          formatted\n        }\n        total {\n          formatted\n        }\n      }\n      history {\n        stage\n        message\n        at\n      }\n      fileUrl\n    }\n  }\n"): (typeof documents)["\n  query DocumentDetail($id: ID!) {\n    document(id: $id) {\n      id\n      filename\n      status\n      stage\n      kind\n      direction\n      fileType\n      method\n      sizeBytes\n      accessKey\n      number\n      series\n      issuer {\n        taxId\n        name\n      }\n      recipient {\n        taxId\n        name\n      }\n      issuedAt\n      competenceMonth\n      totalCents\n      total {\n        formatted\n      }\n      authorizationStatus\n      cancelled\n      countsAsRevenue\n      failureReason\n      createdAt\n      processedAt\n      fields {\n        name\n        value\n        confidence\n        source\n        edited\n      }\n      items {\n        position\n        code\n        description\n        ncm\n        cfop\n        quantity\n        unitPrice {\n          formatted\n        }\n        total {\n          formatted\n        }\n      }\n      history {\n        stage\n        message\n        at\n      }\n      fileUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocumentFields($id: ID!, $fields: [FieldEditInput!]!) {\n    updateDocumentFields(id: $id, fields: $fields) {\n      id\n      status\n      number\n      issuer {\n        taxId\n        name\n      }\n      recipient {\n        taxId\n        name\n      }\n      issuedAt\n      competenceMonth\n      totalCents\n      total {\n        formatted\n      }\n      countsAsRevenue\n      fields {\n        name\n        value\n        confidence\n        source\n        edited\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocumentFields($id: ID!, $fields: [FieldEditInput!]!) {\n    updateDocumentFields(id: $id, fields: $fields) {\n      id\n      status\n      number\n      issuer {\n        taxId\n        name\n      }\n      recipient {\n        taxId\n        name\n      }\n      issuedAt\n      competenceMonth\n      totalCents\n      total {\n        formatted\n      }\n      countsAsRevenue\n      fields {\n        name\n        value\n        confidence\n        source\n        edited\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReprocessDocument($id: ID!) {\n    reprocessDocument(id: $id) {\n      id\n      status\n      stage\n      failureReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReprocessDocument($id: ID!) {\n    reprocessDocument(id: $id) {\n      id\n      status\n      stage\n      failureReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeiDashboard($year: Int) {\n    meiLimit(year: $year) {\n      year\n      regime\n      limitCents\n      proportional\n      months\n      revenueCents\n      remainingCents\n      percent\n      status\n      meaning\n      excessMonth\n      notificationDeadline\n      monthly {\n        month\n        revenueCents\n        cumulativeCents\n      }\n      projectedYearEndCents\n      projectedStatus\n      alertsSent {\n        level\n        at\n      }\n    }\n    dasCalendar(year: $year) {\n      competence\n      dueDate\n      amountCents\n      overdue\n    }\n    me {\n      id\n      account {\n        id\n        revenueSummary {\n          year\n          yearToDateCents\n          thisMonthCents\n          lastMonthCents\n          percent\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeiDashboard($year: Int) {\n    meiLimit(year: $year) {\n      year\n      regime\n      limitCents\n      proportional\n      months\n      revenueCents\n      remainingCents\n      percent\n      status\n      meaning\n      excessMonth\n      notificationDeadline\n      monthly {\n        month\n        revenueCents\n        cumulativeCents\n      }\n      projectedYearEndCents\n      projectedStatus\n      alertsSent {\n        level\n        at\n      }\n    }\n    dasCalendar(year: $year) {\n      competence\n      dueDate\n      amountCents\n      overdue\n    }\n    me {\n      id\n      account {\n        id\n        revenueSummary {\n          year\n          yearToDateCents\n          thisMonthCents\n          lastMonthCents\n          percent\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiscalProfile {\n    fiscalProfile {\n      regime\n      openingDate\n      activity\n      countDocuments\n      countFinance\n      countMarketplace\n    }\n  }\n"): (typeof documents)["\n  query FiscalProfile {\n    fiscalProfile {\n      regime\n      openingDate\n      activity\n      countDocuments\n      countFinance\n      countMarketplace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFiscalProfile($input: FiscalProfileInput!) {\n    updateFiscalProfile(input: $input) {\n      regime\n      openingDate\n      activity\n      countDocuments\n      countFinance\n      countMarketplace\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFiscalProfile($input: FiscalProfileInput!) {\n    updateFiscalProfile(input: $input) {\n      regime\n      openingDate\n      activity\n      countDocuments\n      countFinance\n      countMarketplace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      staff\n      role\n      account {\n        id\n        name\n        taxId\n        taxIdKind\n        status\n        planCode\n        modules\n      }\n      memberships {\n        role\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      staff\n      role\n      account {\n        id\n        name\n        taxId\n        taxIdKind\n        status\n        planCode\n        modules\n      }\n      memberships {\n        role\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAccounts($search: String, $first: Int, $after: String) {\n    adminAccounts(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        taxId\n        taxIdKind\n        status\n        planCode\n        modules\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAccounts($search: String, $first: Int, $after: String) {\n    adminAccounts(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        taxId\n        taxIdKind\n        status\n        planCode\n        modules\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLeads($first: Int, $after: String) {\n    adminLeads(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        whatsapp\n        message\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminLeads($first: Int, $after: String) {\n    adminLeads(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        email\n        whatsapp\n        message\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      accountName\n      email\n      role\n      expiresAt\n      existingUser\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      accountName\n      email\n      role\n      expiresAt\n      existingUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n      receivedAt\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n      receivedAt\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    me {\n      id\n      account {\n        id\n        apiKeys {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    me {\n      id\n      account {\n        id\n        apiKeys {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      nodes {\n        id\n        action\n        target\n        ip\n        userAgent\n        metadata\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      nodes {\n        id\n        action\n        target\n        ip\n        userAgent\n        metadata\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    me {\n      id\n      account {\n        id\n        invitations {\n          id\n          email\n          role\n          status\n          expiresAt\n          createdAt\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    me {\n      id\n      account {\n        id\n        invitations {\n          id\n          email\n          role\n          status\n          expiresAt\n          createdAt\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        status\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        status\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    me {\n      id\n      account {\n        id\n        members {\n          id\n          role\n          joinedAt\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    me {\n      id\n      account {\n        id\n        members {\n          id\n          role\n          joinedAt\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;