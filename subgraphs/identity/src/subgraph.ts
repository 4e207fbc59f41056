import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@prumo/kit';
import { accountReference } from './accounts/account.reference';
import { AccountResolver } from './accounts/account.resolver';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { LeadResolver } from './leads/lead.resolver';
import { InvitationResolver, MemberResolver } from './members/member.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { userReference } from './users/user.reference';
import { UserResolver } from './users/user.resolver';

/** Everything the identity subgraph exposes (also what `npm run schema` prints). */
export const identitySchemaDefinition = {
  resolvers: [AuthResolver, UserResolver, AccountResolver, MemberResolver, InvitationResolver, ApiKeyResolver, AuditResolver, LeadResolver, NotificationResolver] as [
    Function,
    ...Function[],
  ],
  referenceResolvers: { User: userReference, Account: accountReference },
};

export function buildIdentitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(identitySchemaDefinition);
}
