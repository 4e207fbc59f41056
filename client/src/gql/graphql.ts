/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: any; output: any; }
};

export type AcceptInvitationInput = {
  /** Obrigatório para quem ainda não tem usuário. */
  name?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** Uma conta (empresa ou MEI): o inquilino de todos os dados. */
export type Account = {
  __typename?: 'Account';
  /** Chaves de API (donos e administradores). */
  apiKeys: Array<ApiKey>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Convites (donos e administradores). */
  invitations: Array<Invitation>;
  members: Array<Member>;
  /** Módulos habilitados pelo plano. */
  modules: Array<Scalars['String']['output']>;
  /** Nome da empresa. */
  name: Scalars['String']['output'];
  /** Plano atual (espelhado do faturamento). */
  planCode: Scalars['String']['output'];
  /** Resumo do faturamento (só da conta em que você está). */
  revenueSummary: Maybe<RevenueSummary>;
  status: AccountStatus;
  /** CNPJ ou CPF formatado. */
  taxId: Scalars['String']['output'];
  taxIdKind: TaxIdKind;
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  nodes: Array<Account>;
  pageInfo: PageInfo;
};

export type AccountStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

/** A assinatura da conta atual. */
export type AccountSubscription = {
  __typename?: 'AccountSubscription';
  /** Cancela ao fim do período (acesso mantido até lá). */
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  /** Fim do período pago atual. */
  currentPeriodEnd: Maybe<Scalars['DateTimeISO']['output']>;
  cycle: Maybe<BillingCycle>;
  /** Com pagamento pendente: até quando os módulos continuam ativos. */
  graceEndsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Há forma de pagamento cadastrada (portal do cliente disponível). */
  hasPaymentMethod: Scalars['Boolean']['output'];
  plan: Plan;
  planCode: Scalars['String']['output'];
  status: SubscriptionStatus;
};

/** Chave de API de um parceiro. O segredo só aparece na criação. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** Início visível da chave, para reconhecê-la. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

/** Evento de segurança da conta. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** sign_in, sign_in_failed, api_key_created, member_removed, ... */
  action: Scalars['String']['output'];
  actor: Maybe<User>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  /** Detalhes em JSON. */
  metadata: Scalars['String']['output'];
  target: Maybe<Scalars['String']['output']>;
  userAgent: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

/** Resultado de entrar, cadastrar, renovar ou trocar de conta. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT de acesso (15 min). Envie como Authorization: Bearer. */
  accessToken: Scalars['String']['output'];
  account: Account;
  /** Quando o token de acesso expira. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Token opaco de renovação (30 dias, trocado a cada uso). */
  refreshToken: Scalars['String']['output'];
  user: User;
};

export type BillingCycle =
  | 'MONTHLY'
  | 'YEARLY';

export type ChangeMemberRoleInput = {
  memberId: Scalars['ID']['input'];
  role: Role;
};

export type CheckoutUrl = {
  __typename?: 'CheckoutUrl';
  /** Abra esta URL para pagar (Stripe ou sandbox). */
  url: Scalars['String']['output'];
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  /** read (consultas) e/ou write (mutações). */
  scopes: Array<Scalars['String']['input']>;
};

export type CreateUploadInput = {
  contentType: Scalars['String']['input'];
  filename: Scalars['String']['input'];
  size: Scalars['SafeInt']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** A chave completa. Guarde agora: não será exibida de novo. */
  secret: Scalars['String']['output'];
};

/** Convite criado: o link de aceite aparece só agora. */
export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  /** Link para o convidado aceitar (contém o token; exibido uma única vez). */
  acceptUrl: Scalars['String']['output'];
  invitation: Invitation;
  /** Token do convite (exibido uma única vez). */
  token: Scalars['String']['output'];
};

/** Uma guia DAS-MEI. */
export type DasPayment = {
  __typename?: 'DasPayment';
  /** Valor da guia (INSS + ICMS/ISS conforme a atividade). */
  amountCents: Maybe<Scalars['SafeInt']['output']>;
  /** Competência AAAA-MM. */
  competence: Scalars['String']['output'];
  /** Vencimento: dia 20 do mês seguinte. */
  dueDate: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
};

/** Documento fiscal enviado pela conta. */
export type Document = {
  __typename?: 'Document';
  accessKey: Maybe<Scalars['String']['output']>;
  /** AUTHORIZED, REJECTED ou UNKNOWN. */
  authorizationStatus: Maybe<Scalars['String']['output']>;
  cancelled: Scalars['Boolean']['output'];
  /** Mês de competência AAAA-MM (conta no limite do MEI). */
  competenceMonth: Maybe<Scalars['String']['output']>;
  /** Conta no faturamento (emitida, autorizada, não cancelada). */
  countsAsRevenue: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  direction: Maybe<DocumentDirection>;
  /** Motivo da falha, em português. */
  failureReason: Maybe<Scalars['String']['output']>;
  fields: Array<DocumentField>;
  /** Tipo detectado pelos bytes: XML, PDF, PNG, JPEG, TIFF, WEBP. */
  fileType: Maybe<Scalars['String']['output']>;
  /** Link do arquivo original (expira em 10 minutos). */
  fileUrl: Maybe<Scalars['String']['output']>;
  filename: Scalars['String']['output'];
  /** Histórico do processamento. */
  history: Array<ProcessingStep>;
  id: Scalars['ID']['output'];
  issuedAt: Maybe<Scalars['DateTimeISO']['output']>;
  issuer: Party;
  items: Array<DocumentItem>;
  kind: Maybe<DocumentKind>;
  /** XML, TEXT ou OCR. */
  method: Maybe<Scalars['String']['output']>;
  number: Maybe<Scalars['String']['output']>;
  processedAt: Maybe<Scalars['DateTimeISO']['output']>;
  recipient: Party;
  series: Maybe<Scalars['String']['output']>;
  sizeBytes: Maybe<Scalars['SafeInt']['output']>;
  /** Última etapa: STORED, DETECTED, PARSED, TEXT, OCR, FIELDS, SAVED, FAILED. */
  stage: Maybe<Scalars['String']['output']>;
  status: DocumentStatus;
  total: Maybe<Money>;
  totalCents: Maybe<Scalars['SafeInt']['output']>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  nodes: Array<Document>;
  pageInfo: PageInfo;
};

/** ISSUED = emitida pela conta (faturamento); RECEIVED = recebida. */
export type DocumentDirection =
  | 'ISSUED'
  | 'RECEIVED';

/** Um campo extraído, com a confiança da leitura (1 = XML ou editado). */
export type DocumentField = {
  __typename?: 'DocumentField';
  confidence: Scalars['Float']['output'];
  edited: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** XML, TEXT (camada de texto do PDF), OCR ou USER (editado). */
  source: Scalars['String']['output'];
  value: Maybe<Scalars['String']['output']>;
};

export type DocumentFilterInput = {
  direction?: InputMaybe<DocumentDirection>;
  /** Competência inicial AAAA-MM. */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<DocumentKind>;
  /** Busca em português (sem acentos, por palavras). */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DocumentStatus>;
  /** Competência final AAAA-MM. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type DocumentItem = {
  __typename?: 'DocumentItem';
  cfop: Maybe<Scalars['String']['output']>;
  code: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  ncm: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  quantity: Scalars['String']['output'];
  total: Money;
  unitPrice: Maybe<Money>;
};

export type DocumentKind =
  | 'NFCE'
  | 'NFE'
  | 'NFE_CANCELLATION'
  | 'NFSE'
  | 'NFSE_CANCELLATION'
  | 'OTHER'
  | 'RECEIPT';

export type DocumentProcessingEvent = {
  __typename?: 'DocumentProcessingEvent';
  at: Scalars['String']['output'];
  /** The document as saved: resolved through the gateway on the final event. */
  document: Maybe<Document>;
  documentId: Scalars['ID']['output'];
  /** What is happening, in Portuguese (the failure reason when FAILED). */
  message: Maybe<Scalars['String']['output']>;
  percent: Maybe<Scalars['Int']['output']>;
  seq: Scalars['Int']['output'];
  /** STORED, DETECTED, PARSED, TEXT, OCR, FIELDS, SAVED or FAILED. */
  stage: Maybe<Scalars['String']['output']>;
  state: LiveState;
};

export type DocumentStatus =
  | 'AWAITING_UPLOAD'
  | 'FAILED'
  | 'PROCESSED'
  | 'PROCESSING'
  | 'QUEUED'
  | 'UPLOADED';

export type FieldEditInput = {
  /** number, issuerTaxId, issuerName, recipientTaxId, recipientName, issuedAt, competenceMonth, totalCents */
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** Perfil fiscal da conta: regime, abertura, atividade e fontes de faturamento contadas. */
export type FiscalProfile = {
  __typename?: 'FiscalProfile';
  activity: MeiActivity;
  /** Notas fiscais emitidas contam como faturamento. */
  countDocuments: Scalars['Boolean']['output'];
  /** Receitas do financeiro marcadas como faturamento contam. */
  countFinance: Scalars['Boolean']['output'];
  /** Vendas concluídas no marketplace contam (sem duplicar vendas com nota). */
  countMarketplace: Scalars['Boolean']['output'];
  /** Data de abertura (AAAA-MM-DD). No ano de abertura o limite é proporcional. */
  openingDate: Maybe<Scalars['String']['output']>;
  regime: MeiRegime;
};

export type FiscalProfileInput = {
  activity?: InputMaybe<MeiActivity>;
  countDocuments?: InputMaybe<Scalars['Boolean']['input']>;
  countFinance?: InputMaybe<Scalars['Boolean']['input']>;
  countMarketplace?: InputMaybe<Scalars['Boolean']['input']>;
  openingDate?: InputMaybe<Scalars['String']['input']>;
  regime?: InputMaybe<MeiRegime>;
};

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  invitedBy: Maybe<User>;
  role: Role;
  status: InvitationStatus;
};

/** O que o convidado vê antes de aceitar. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  accountName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** Já existe usuário com este e-mail (aceitar pede a senha dele). */
  existingUser: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  role: Role;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  /** ADMIN ou MEMBER. */
  role: Role;
};

export type JobProgressEvent = {
  __typename?: 'JobProgressEvent';
  /** The account the job worked on, resolved through the gateway for each event. */
  account: Maybe<Account>;
  /** ISO timestamp of the event. */
  at: Scalars['String']['output'];
  jobId: Scalars['ID']['output'];
  message: Maybe<Scalars['String']['output']>;
  percent: Maybe<Scalars['Int']['output']>;
  /** Increases by one per event of this job; the snapshot carries the latest. */
  seq: Scalars['Int']['output'];
  stage: Maybe<Scalars['String']['output']>;
  state: LiveState;
};

/** Contato recebido pelo formulário da página inicial. */
export type Lead = {
  __typename?: 'Lead';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  whatsapp: Scalars['String']['output'];
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  nodes: Array<Lead>;
  pageInfo: PageInfo;
};

export type LeadReceipt = {
  __typename?: 'LeadReceipt';
  id: Scalars['ID']['output'];
  /** Mensagem de confirmação para mostrar ao visitante. */
  message: Scalars['String']['output'];
  receivedAt: Scalars['DateTimeISO']['output'];
};

export type LimitAlert = {
  __typename?: 'LimitAlert';
  at: Scalars['DateTimeISO']['output'];
  /** 70, 90, 100 ou 120 (% do limite). */
  level: Scalars['Int']['output'];
};

/** OK (< 70%), ATTENTION (>= 70%), WARNING (>= 90%), EXCEEDED (até 120%), EXCEEDED_RETROACTIVE (> 120%). */
export type LimitStatus =
  | 'ATTENTION'
  | 'EXCEEDED'
  | 'EXCEEDED_RETROACTIVE'
  | 'OK'
  | 'WARNING';

/** Where a background job stands. */
export type LiveState =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** COMMERCE (ICMS), SERVICES (ISS) ou BOTH. */
export type MeiActivity =
  | 'BOTH'
  | 'COMMERCE'
  | 'SERVICES';

/** Onde o MEI está em relação ao limite anual de faturamento. */
export type MeiLimit = {
  __typename?: 'MeiLimit';
  alertsSent: Array<LimitAlert>;
  /** Mês (AAAA-MM) em que o limite foi ultrapassado. */
  excessMonth: Maybe<Scalars['String']['output']>;
  /** Limite do ano (cheio ou proporcional ao ano de abertura). */
  limitCents: Scalars['SafeInt']['output'];
  /** O que a situação significa, em português. */
  meaning: Scalars['String']['output'];
  monthly: Array<MonthlyRevenue>;
  /** Meses considerados no limite. */
  months: Scalars['Int']['output'];
  /** Prazo para comunicar o desenquadramento (AAAA-MM-DD). */
  notificationDeadline: Maybe<Scalars['String']['output']>;
  /** Percentual do limite usado (uma casa decimal). */
  percent: Scalars['Float']['output'];
  projectedStatus: LimitStatus;
  /** Projeção do faturamento no fim do ano, pela média mensal. */
  projectedYearEndCents: Scalars['SafeInt']['output'];
  /** Limite proporcional (ano de abertura). */
  proportional: Scalars['Boolean']['output'];
  regime: Scalars['String']['output'];
  remainingCents: Scalars['SafeInt']['output'];
  revenueCents: Scalars['SafeInt']['output'];
  status: LimitStatus;
  year: Scalars['Int']['output'];
};

export type MeiRegime =
  | 'MEI'
  | 'MEI_CAMINHONEIRO';

/** Participação de um usuário numa conta. */
export type Member = {
  __typename?: 'Member';
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTimeISO']['output'];
  role: Role;
  user: User;
};

/** Uma conta da qual o usuário participa (troca de conta). */
export type Membership = {
  __typename?: 'Membership';
  account: Account;
  role: Role;
};

/** Valor em reais: centavos inteiros e o texto formatado (R$ 1.234,56). */
export type Money = {
  __typename?: 'Money';
  cents: Scalars['SafeInt']['output'];
  formatted: Scalars['String']['output'];
};

/** Faturamento de um mês, pelas fontes contadas no perfil fiscal. */
export type MonthRevenue = {
  __typename?: 'MonthRevenue';
  bySource: Array<RevenueBySource>;
  entries: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  totalCents: Scalars['SafeInt']['output'];
};

export type MonthlyRevenue = {
  __typename?: 'MonthlyRevenue';
  /** Acumulado no ano até este mês. */
  cumulativeCents: Scalars['SafeInt']['output'];
  /** AAAA-MM */
  month: Scalars['String']['output'];
  revenueCents: Scalars['SafeInt']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Público: aceita um convite e entra na conta. */
  acceptInvitation: AuthPayload;
  /** Cancela ao fim do período pago; os dados nunca são apagados. */
  cancelSubscription: AccountSubscription;
  changeMemberRole: Member;
  /** Troca de plano ou ciclo com cobrança proporcional (proration). */
  changePlan: AccountSubscription;
  /** Passo 3: coloca o documento na fila de leitura (o mesmo arquivo devolve o documento existente). */
  completeUpload: Document;
  /** Cria uma chave de API. O segredo aparece só nesta resposta. */
  createApiKey: CreatedApiKey;
  /** Passo 1 do envio: valida e devolve uma URL de uso único para o PUT dos bytes (máx. 20 MB). */
  createUpload: UploadTicket;
  /** Exclui (o faturamento da nota deixa de contar; o arquivo é mantido). */
  deleteDocument: Scalars['Boolean']['output'];
  /** Convida alguém por e-mail (donos e administradores). */
  inviteMember: CreatedInvitation;
  /** Portal do cliente: forma de pagamento, faturas, cancelamento. */
  openCustomerPortal: CheckoutUrl;
  /** Troca um token de renovação por um novo par de tokens. */
  refreshSession: AuthPayload;
  /** Remove um membro (ou você mesmo). Nunca o último dono. */
  removeMember: Scalars['Boolean']['output'];
  reprocessDocument: Document;
  revokeApiKey: ApiKey;
  revokeInvitation: Invitation;
  /** Entra com e-mail ou CPF e senha. */
  signIn: AuthPayload;
  /** Encerra a sessão atual (todos os seus tokens). */
  signOut: Scalars['Boolean']['output'];
  /** Cria usuário + conta (dono) e já entra. */
  signUp: AuthPayload;
  /** Inicia o pagamento de um plano; abra a URL devolvida. */
  startCheckout: CheckoutUrl;
  /** Público: formulário de contato da página inicial. */
  submitLead: LeadReceipt;
  /** Passa a sessão para outra conta da qual você participa. */
  switchAccount: AuthPayload;
  /** Corrige campos extraídos (validados e auditados). */
  updateDocumentFields: Document;
  /** Atualiza o perfil fiscal; alertas são reavaliados. */
  updateFiscalProfile: FiscalProfile;
  /** Equipe: edita um plano. */
  updatePlan: Plan;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePlanArgs = {
  input: StartCheckoutInput;
};


export type MutationCompleteUploadArgs = {
  documentId: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateUploadArgs = {
  input: CreateUploadInput;
};


export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationReprocessDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartCheckoutArgs = {
  input: StartCheckoutInput;
};


export type MutationSubmitLeadArgs = {
  input: SubmitLeadInput;
};


export type MutationSwitchAccountArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationUpdateDocumentFieldsArgs = {
  fields: Array<FieldEditInput>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateFiscalProfileArgs = {
  input: FiscalProfileInput;
};


export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Party = {
  __typename?: 'Party';
  name: Maybe<Scalars['String']['output']>;
  /** CNPJ/CPF formatado. */
  taxId: Maybe<Scalars['String']['output']>;
};

/** Uma cobrança da assinatura. */
export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Fatura no Stripe (quando houver). */
  invoiceUrl: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  periodEnd: Maybe<Scalars['DateTimeISO']['output']>;
  periodStart: Maybe<Scalars['DateTimeISO']['output']>;
  status: PaymentStatus;
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  nodes: Array<Payment>;
  pageInfo: PageInfo;
};

export type PaymentStatus =
  | 'FAILED'
  | 'PAID';

/** Plano do Prumo. */
export type Plan = {
  __typename?: 'Plan';
  apiRequestsPerMinute: Scalars['Int']['output'];
  code: Scalars['ID']['output'];
  description: Scalars['String']['output'];
  limits: Array<PlanLimit>;
  modules: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** null = sob consulta. */
  priceMonthly: Maybe<Money>;
  priceYearly: Maybe<Money>;
};

export type PlanLimit = {
  __typename?: 'PlanLimit';
  /** Nome da métrica em português. */
  label: Scalars['String']['output'];
  /** null = ilimitado. */
  limit: Maybe<Scalars['SafeInt']['output']>;
  /** agent_executions, llm_tokens, document_uploads, products, users, energy_units, concurrent_agent_executions */
  metric: Scalars['String']['output'];
  period: QuotaPeriod;
};

export type PlanLimitInput = {
  limit?: InputMaybe<Scalars['SafeInt']['input']>;
  metric: Scalars['String']['input'];
};

/** Uma etapa do processamento. */
export type ProcessingStep = {
  __typename?: 'ProcessingStep';
  at: Scalars['DateTimeISO']['output'];
  message: Maybe<Scalars['String']['output']>;
  stage: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Uma conta da qual você participa. */
  account: Maybe<Account>;
  /** Equipe: todas as contas da plataforma. */
  adminAccounts: AccountConnection;
  /** Equipe: contatos recebidos. */
  adminLeads: LeadConnection;
  /** Log de segurança da conta atual (donos e administradores). */
  auditLog: AuditEventConnection;
  /** Calendário do DAS-MEI do ano, com valores pelas regras vigentes. */
  dasCalendar: Array<DasPayment>;
  document: Maybe<Document>;
  /** Documentos fiscais da conta, com filtros e busca em português. */
  documents: DocumentConnection;
  fiscalProfile: FiscalProfile;
  /** Público: detalhes de um convite pelo token. */
  invitation: InvitationPreview;
  /** O usuário autenticado, com a conta atual. */
  me: User;
  /** Situação do limite do MEI no ano (padrão: o ano atual em Brasília). */
  meiLimit: MeiLimit;
  /** Cobranças da assinatura (donos e administradores). */
  paymentHistory: PaymentConnection;
  /** Público: os planos, com preços, módulos e limites. */
  plans: Array<Plan>;
  /** Faturamento exato de um mês (AAAA-MM). */
  revenue: MonthRevenue;
  /** Assinatura da conta atual. */
  subscription: AccountSubscription;
  /** Uso de cada métrica do plano no período atual. */
  usage: Array<Usage>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAdminAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAdminLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDasCalendarArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryMeiLimitArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRevenueArgs = {
  month: Scalars['String']['input'];
};

/** DAY e MONTH zeram à meia-noite de Brasília; GAUGE é a quantidade atual. */
export type QuotaPeriod =
  | 'DAY'
  | 'GAUGE'
  | 'MONTH';

export type RevenueBySource = {
  __typename?: 'RevenueBySource';
  cents: Scalars['SafeInt']['output'];
  entries: Scalars['Int']['output'];
  /** documents, finance ou marketplace */
  source: Scalars['String']['output'];
};

export type RevenueSummary = {
  __typename?: 'RevenueSummary';
  lastMonthCents: Scalars['SafeInt']['output'];
  limitCents: Scalars['SafeInt']['output'];
  percent: Scalars['Float']['output'];
  status: LimitStatus;
  thisMonthCents: Scalars['SafeInt']['output'];
  year: Scalars['Int']['output'];
  yearToDateCents: Scalars['SafeInt']['output'];
};

/** Papel de um usuário numa conta. */
export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER';

export type SignInInput = {
  /** E-mail ou CPF. */
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** Cria um usuário e a conta (empresa ou MEI) da qual ele é dono. */
export type SignUpInput = {
  /** Razão social ou nome fantasia. */
  companyName: Scalars['String']['input'];
  /** CPF do usuário (permite entrar com o CPF). */
  cpf?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** CNPJ (numérico ou alfanumérico) ou CPF da conta. */
  taxId: Scalars['String']['input'];
  whatsapp?: InputMaybe<Scalars['String']['input']>;
};

export type StartCheckoutInput = {
  cycle: BillingCycle;
  planCode: Scalars['String']['input'];
};

export type SubmitLeadInput = {
  email: Scalars['String']['input'];
  message: Scalars['String']['input'];
  name: Scalars['String']['input'];
  whatsapp: Scalars['String']['input'];
};

/**
 * Router-owned subscriptions (graphql-ws on /graphql). Workers publish live events on Redis; the
 * router checks the token of connection_init, sends the current snapshot first, then every event in
 * `seq` order. Entity fields (e.g. `account`) are resolved through the gateway for each event.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Live reading of an uploaded fiscal document: STORED -> DETECTED -> PARSED | TEXT | OCR -> FIELDS ->
   * SAVED (or FAILED with the reason). The final event resolves `document { ... }` through the gateway.
   */
  documentProcessing: DocumentProcessingEvent;
  /** Progress of a background job of the caller's account. */
  jobProgress: JobProgressEvent;
};


/**
 * Router-owned subscriptions (graphql-ws on /graphql). Workers publish live events on Redis; the
 * router checks the token of connection_init, sends the current snapshot first, then every event in
 * `seq` order. Entity fields (e.g. `account`) are resolved through the gateway for each event.
 */
export type SubscriptionDocumentProcessingArgs = {
  documentId: Scalars['ID']['input'];
};


/**
 * Router-owned subscriptions (graphql-ws on /graphql). Workers publish live events on Redis; the
 * router checks the token of connection_init, sends the current snapshot first, then every event in
 * `seq` order. Entity fields (e.g. `account`) are resolved through the gateway for each event.
 */
export type SubscriptionJobProgressArgs = {
  jobId: Scalars['ID']['input'];
};

export type SubscriptionStatus =
  | 'ACTIVE'
  | 'CANCELED'
  | 'PAST_DUE'
  | 'TRIALING';

export type TaxIdKind =
  | 'CNPJ'
  | 'CPF';

/** Equipe: edita preço exibido, módulos e limites de um plano. */
export type UpdatePlanInput = {
  code: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  limits?: InputMaybe<Array<PlanLimitInput>>;
  modules?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  priceMonthlyCents?: InputMaybe<Scalars['SafeInt']['input']>;
  priceYearlyCents?: InputMaybe<Scalars['SafeInt']['input']>;
};

export type UploadTicket = {
  __typename?: 'UploadTicket';
  documentId: Scalars['ID']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  maxBytes: Scalars['Int']['output'];
  /** URL de uso único: envie os bytes com PUT. */
  uploadUrl: Scalars['String']['output'];
};

/** Uso de uma métrica do plano no período atual. */
export type Usage = {
  __typename?: 'Usage';
  label: Scalars['String']['output'];
  /** null = ilimitado. */
  limit: Maybe<Scalars['SafeInt']['output']>;
  metric: Scalars['String']['output'];
  period: QuotaPeriod;
  /** Quando o contador zera (meia-noite de Brasília). */
  resetsAt: Maybe<Scalars['DateTimeISO']['output']>;
  used: Scalars['SafeInt']['output'];
};

/** Uma pessoa. Pode participar de várias contas. */
export type User = {
  __typename?: 'User';
  /** A conta em que a sessão atua (só para você mesmo). */
  account: Maybe<Account>;
  /** CPF formatado. */
  cpf: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Contas das quais você participa (troca de conta). */
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** Seu papel na conta atual (só para você mesmo). */
  role: Maybe<Role>;
  /** Equipe da plataforma. */
  staff: Scalars['Boolean']['output'];
  whatsapp: Maybe<Scalars['String']['output']>;
};

export type AuthSessionFragment = { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email: string }, account: { __typename?: 'Account', id: string, name: string } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email: string }, account: { __typename?: 'Account', id: string, name: string } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email: string }, account: { __typename?: 'Account', id: string, name: string } } };

export type SwitchAccountMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type SwitchAccountMutation = { __typename?: 'Mutation', switchAccount: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email: string }, account: { __typename?: 'Account', id: string, name: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, name: string, email: string }, account: { __typename?: 'Account', id: string, name: string } } };

export type PlanCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanCatalogQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', code: string, name: string, description: string, modules: Array<string>, apiRequestsPerMinute: number, priceMonthly: { __typename?: 'Money', cents: any, formatted: string } | null, priceYearly: { __typename?: 'Money', cents: any, formatted: string } | null, limits: Array<{ __typename?: 'PlanLimit', metric: string, label: string, limit: any | null, period: QuotaPeriod }> }> };

export type CurrentSubscriptionQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentSubscriptionQuery = { __typename?: 'Query', subscription: { __typename?: 'AccountSubscription', planCode: string, status: SubscriptionStatus, cycle: BillingCycle | null, currentPeriodEnd: string | null, cancelAtPeriodEnd: boolean, graceEndsAt: string | null, hasPaymentMethod: boolean, plan: { __typename?: 'Plan', code: string, name: string } } };

export type CurrentUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUsageQuery = { __typename?: 'Query', usage: Array<{ __typename?: 'Usage', metric: string, label: string, used: any, limit: any | null, period: QuotaPeriod, resetsAt: string | null }> };

export type PaymentHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PaymentHistoryQuery = { __typename?: 'Query', paymentHistory: { __typename?: 'PaymentConnection', nodes: Array<{ __typename?: 'Payment', id: string, status: PaymentStatus, description: string | null, periodStart: string | null, periodEnd: string | null, invoiceUrl: string | null, occurredAt: string, amount: { __typename?: 'Money', cents: any, formatted: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type StartCheckoutMutationVariables = Exact<{
  input: StartCheckoutInput;
}>;


export type StartCheckoutMutation = { __typename?: 'Mutation', startCheckout: { __typename?: 'CheckoutUrl', url: string } };

export type OpenCustomerPortalMutationVariables = Exact<{ [key: string]: never; }>;


export type OpenCustomerPortalMutation = { __typename?: 'Mutation', openCustomerPortal: { __typename?: 'CheckoutUrl', url: string } };

export type CancelSubscriptionMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelSubscriptionMutation = { __typename?: 'Mutation', cancelSubscription: { __typename?: 'AccountSubscription', planCode: string, status: SubscriptionStatus, cycle: BillingCycle | null, currentPeriodEnd: string | null, cancelAtPeriodEnd: boolean, graceEndsAt: string | null, hasPaymentMethod: boolean, plan: { __typename?: 'Plan', code: string, name: string } } };

export type ChangePlanMutationVariables = Exact<{
  input: StartCheckoutInput;
}>;


export type ChangePlanMutation = { __typename?: 'Mutation', changePlan: { __typename?: 'AccountSubscription', planCode: string, status: SubscriptionStatus, cycle: BillingCycle | null, currentPeriodEnd: string | null, cancelAtPeriodEnd: boolean, graceEndsAt: string | null, hasPaymentMethod: boolean, plan: { __typename?: 'Plan', code: string, name: string } } };

export type CreateUploadMutationVariables = Exact<{
  input: CreateUploadInput;
}>;


export type CreateUploadMutation = { __typename?: 'Mutation', createUpload: { __typename?: 'UploadTicket', documentId: string, uploadUrl: string, maxBytes: number } };

export type CompleteUploadMutationVariables = Exact<{
  documentId: Scalars['ID']['input'];
}>;


export type CompleteUploadMutation = { __typename?: 'Mutation', completeUpload: { __typename?: 'Document', id: string, status: DocumentStatus, stage: string | null, failureReason: string | null, filename: string } };

export type DocumentProcessingSubscriptionVariables = Exact<{
  documentId: Scalars['ID']['input'];
}>;


export type DocumentProcessingSubscription = { __typename?: 'Subscription', documentProcessing: { __typename?: 'DocumentProcessingEvent', documentId: string, seq: number, state: LiveState, stage: string | null, percent: number | null, message: string | null, document: { __typename?: 'Document', id: string, status: DocumentStatus, kind: DocumentKind | null, direction: DocumentDirection | null, totalCents: any | null, failureReason: string | null, total: { __typename?: 'Money', formatted: string } | null } | null } };

export type DocumentListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilterInput>;
}>;


export type DocumentListQuery = { __typename?: 'Query', documents: { __typename?: 'DocumentConnection', nodes: Array<{ __typename?: 'Document', id: string, filename: string, status: DocumentStatus, stage: string | null, kind: DocumentKind | null, direction: DocumentDirection | null, number: string | null, issuedAt: string | null, competenceMonth: string | null, cancelled: boolean, countsAsRevenue: boolean, failureReason: string | null, createdAt: string, issuer: { __typename?: 'Party', taxId: string | null, name: string | null }, recipient: { __typename?: 'Party', taxId: string | null, name: string | null }, total: { __typename?: 'Money', formatted: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type DocumentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentDetailQuery = { __typename?: 'Query', document: { __typename?: 'Document', id: string, filename: string, status: DocumentStatus, stage: string | null, kind: DocumentKind | null, direction: DocumentDirection | null, fileType: string | null, method: string | null, sizeBytes: any | null, accessKey: string | null, number: string | null, series: string | null, issuedAt: string | null, competenceMonth: string | null, totalCents: any | null, authorizationStatus: string | null, cancelled: boolean, countsAsRevenue: boolean, failureReason: string | null, createdAt: string, processedAt: string | null, fileUrl: string | null, issuer: { __typename?: 'Party', taxId: string | null, name: string | null }, recipient: { __typename?: 'Party', taxId: string | null, name: string | null }, total: { __typename?: 'Money', formatted: string } | null, fields: Array<{ __typename?: 'DocumentField', name: string, value: string | null, confidence: number, source: string, edited: boolean }>, items: Array<{ __typename?: 'DocumentItem', position: number, code: string | null, description: string, ncm: string | null, cfop: string | null, quantity: string, unitPrice: { __typename?: 'Money', formatted: string } | null, total: { __typename?: 'Money', formatted: string } }>, history: Array<{ __typename?: 'ProcessingStep', stage: string, message: string | null, at: string }> } | null };

export type UpdateDocumentFieldsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  fields: Array<FieldEditInput> | FieldEditInput;
}>;


export type UpdateDocumentFieldsMutation = { __typename?: 'Mutation', updateDocumentFields: { __typename?: 'Document', id: string, status: DocumentStatus, number: string | null, issuedAt: string | null, competenceMonth: string | null, totalCents: any | null, countsAsRevenue: boolean, issuer: { __typename?: 'Party', taxId: string | null, name: string | null }, recipient: { __typename?: 'Party', taxId: string | null, name: string | null }, total: { __typename?: 'Money', formatted: string } | null, fields: Array<{ __typename?: 'DocumentField', name: string, value: string | null, confidence: number, source: string, edited: boolean }> } };

export type DeleteDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDocumentMutation = { __typename?: 'Mutation', deleteDocument: boolean };

export type ReprocessDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReprocessDocumentMutation = { __typename?: 'Mutation', reprocessDocument: { __typename?: 'Document', id: string, status: DocumentStatus, stage: string | null, failureReason: string | null } };

export type MeiDashboardQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MeiDashboardQuery = { __typename?: 'Query', meiLimit: { __typename?: 'MeiLimit', year: number, regime: string, limitCents: any, proportional: boolean, months: number, revenueCents: any, remainingCents: any, percent: number, status: LimitStatus, meaning: string, excessMonth: string | null, notificationDeadline: string | null, projectedYearEndCents: any, projectedStatus: LimitStatus, monthly: Array<{ __typename?: 'MonthlyRevenue', month: string, revenueCents: any, cumulativeCents: any }>, alertsSent: Array<{ __typename?: 'LimitAlert', level: number, at: string }> }, dasCalendar: Array<{ __typename?: 'DasPayment', competence: string, dueDate: string, amountCents: any | null, overdue: boolean }>, me: { __typename?: 'User', id: string, account: { __typename?: 'Account', id: string, revenueSummary: { __typename?: 'RevenueSummary', year: number, yearToDateCents: any, thisMonthCents: any, lastMonthCents: any, percent: number, status: LimitStatus } | null } | null } };

export type FiscalProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type FiscalProfileQuery = { __typename?: 'Query', fiscalProfile: { __typename?: 'FiscalProfile', regime: MeiRegime, openingDate: string | null, activity: MeiActivity, countDocuments: boolean, countFinance: boolean, countMarketplace: boolean } };

export type UpdateFiscalProfileMutationVariables = Exact<{
  input: FiscalProfileInput;
}>;


export type UpdateFiscalProfileMutation = { __typename?: 'Mutation', updateFiscalProfile: { __typename?: 'FiscalProfile', regime: MeiRegime, openingDate: string | null, activity: MeiActivity, countDocuments: boolean, countFinance: boolean, countMarketplace: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, name: string, email: string, staff: boolean, role: Role | null, account: { __typename?: 'Account', id: string, name: string, taxId: string, taxIdKind: TaxIdKind, status: AccountStatus, planCode: string, modules: Array<string> } | null, memberships: Array<{ __typename?: 'Membership', role: Role, account: { __typename?: 'Account', id: string, name: string } }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type AdminAccountsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminAccountsQuery = { __typename?: 'Query', adminAccounts: { __typename?: 'AccountConnection', nodes: Array<{ __typename?: 'Account', id: string, name: string, taxId: string, taxIdKind: TaxIdKind, status: AccountStatus, planCode: string, modules: Array<string>, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AdminLeadsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminLeadsQuery = { __typename?: 'Query', adminLeads: { __typename?: 'LeadConnection', nodes: Array<{ __typename?: 'Lead', id: string, name: string, email: string, whatsapp: string, message: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitation: { __typename?: 'InvitationPreview', accountName: string, email: string, role: Role, expiresAt: string, existingUser: boolean } };

export type SubmitLeadMutationVariables = Exact<{
  input: SubmitLeadInput;
}>;


export type SubmitLeadMutation = { __typename?: 'Mutation', submitLead: { __typename?: 'LeadReceipt', id: string, receivedAt: string, message: string } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, account: { __typename?: 'Account', id: string, apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } | null } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt: string | null } };

export type AuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', id: string, action: string, target: string | null, ip: string | null, userAgent: string | null, metadata: string, createdAt: string, actor: { __typename?: 'User', id: string, name: string, email: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, account: { __typename?: 'Account', id: string, invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string, invitedBy: { __typename?: 'User', id: string, name: string } | null }> } | null } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'CreatedInvitation', acceptUrl: string, invitation: { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, status: InvitationStatus } };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, account: { __typename?: 'Account', id: string, members: Array<{ __typename?: 'Member', id: string, role: Role, joinedAt: string, user: { __typename?: 'User', id: string, name: string, email: string } }> } | null } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { __typename?: 'Mutation', changeMemberRole: { __typename?: 'Member', id: string, role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: boolean };

export const AuthSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthSessionFragment, unknown>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SwitchAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SwitchAccountMutation, SwitchAccountMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const PlanCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceYearly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"}},{"kind":"Field","name":{"kind":"Name","value":"apiRequestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]}}]} as unknown as DocumentNode<PlanCatalogQuery, PlanCatalogQueryVariables>;
export const CurrentSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentSubscriptionQuery, CurrentSubscriptionQueryVariables>;
export const CurrentUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}}]}}]}}]} as unknown as DocumentNode<CurrentUsageQuery, CurrentUsageQueryVariables>;
export const PaymentHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentHistoryQuery, PaymentHistoryQueryVariables>;
export const StartCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCheckout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<StartCheckoutMutation, StartCheckoutMutationVariables>;
export const OpenCustomerPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCustomerPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCustomerPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<OpenCustomerPortalMutation, OpenCustomerPortalMutationVariables>;
export const CancelSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CancelSubscriptionMutation, CancelSubscriptionMutationVariables>;
export const ChangePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePlanMutation, ChangePlanMutationVariables>;
export const CreateUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}}]}}]} as unknown as DocumentNode<CreateUploadMutation, CreateUploadMutationVariables>;
export const CompleteUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<CompleteUploadMutation, CompleteUploadMutationVariables>;
export const DocumentProcessingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DocumentProcessing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentProcessing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentProcessingSubscription, DocumentProcessingSubscriptionVariables>;
export const DocumentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentListQuery, DocumentListQueryVariables>;
export const DocumentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"processedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ncm"}},{"kind":"Field","name":{"kind":"Name","value":"cfop"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}}]}}]}}]} as unknown as DocumentNode<DocumentDetailQuery, DocumentDetailQueryVariables>;
export const UpdateDocumentFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocumentFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldEditInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocumentFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDocumentFieldsMutation, UpdateDocumentFieldsMutationVariables>;
export const DeleteDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDocumentMutation, DeleteDocumentMutationVariables>;
export const ReprocessDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReprocessDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reprocessDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]}}]} as unknown as DocumentNode<ReprocessDocumentMutation, ReprocessDocumentMutationVariables>;
export const MeiDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeiDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meiLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"limitCents"}},{"kind":"Field","name":{"kind":"Name","value":"proportional"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"excessMonth"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedYearEndCents"}},{"kind":"Field","name":{"kind":"Name","value":"projectedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"alertsSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dasCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revenueSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearToDateCents"}},{"kind":"Field","name":{"kind":"Name","value":"thisMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeiDashboardQuery, MeiDashboardQueryVariables>;
export const FiscalProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiscalProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"openingDate"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"countDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"countFinance"}},{"kind":"Field","name":{"kind":"Name","value":"countMarketplace"}}]}}]}}]} as unknown as DocumentNode<FiscalProfileQuery, FiscalProfileQueryVariables>;
export const UpdateFiscalProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFiscalProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFiscalProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"openingDate"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"countDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"countFinance"}},{"kind":"Field","name":{"kind":"Name","value":"countMarketplace"}}]}}]}}]} as unknown as DocumentNode<UpdateFiscalProfileMutation, UpdateFiscalProfileMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"taxIdKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const AdminAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"taxIdKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccountsQuery, AdminAccountsQueryVariables>;
export const AdminLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"whatsapp"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminLeadsQuery, AdminLeadsQueryVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"existingUser"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const SubmitLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitLeadMutation, SubmitLeadMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;