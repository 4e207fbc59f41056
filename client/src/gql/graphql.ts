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

export type AgentExecutionEvent = {
  __typename?: 'AgentExecutionEvent';
  /** The agent this event is about (started or finished), when it is about one. */
  agent: Maybe<ConsultantAgent>;
  /** RUNNING or DONE for `agent`. */
  agentStatus: Maybe<Scalars['String']['output']>;
  /** Every agent's status and tokens at this event. */
  agents: Maybe<Array<AgentProgress>>;
  at: Scalars['String']['output'];
  /** The execution: resolved through the gateway on the final event (artifacts, meeting, conflicts). */
  execution: Maybe<Execution>;
  executionId: Scalars['ID']['output'];
  /** What is happening, in Portuguese (the failure reason when FAILED). */
  message: Maybe<Scalars['String']['output']>;
  percent: Maybe<Scalars['Int']['output']>;
  seq: Scalars['Int']['output'];
  /** QUEUED, FRAMING, ANALYSIS, CONFLICTS, MEETING, ARTIFACTS, DONE or FAILED. */
  stage: Maybe<Scalars['String']['output']>;
  state: LiveState;
  /** Tokens used so far by the whole analysis. */
  tokens: Maybe<Scalars['Int']['output']>;
};

export type AgentFinding = {
  __typename?: 'AgentFinding';
  /** Ferramenta de dados de origem (cashFlow, revenue, limit, das, sales, energy, bank). */
  source: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** Where one agent of an analysis stands. */
export type AgentProgress = {
  __typename?: 'AgentProgress';
  role: ConsultantAgent;
  /** PENDING, RUNNING, DONE or FAILED. */
  status: Scalars['String']['output'];
  tokens: Scalars['Int']['output'];
};

export type AgentRecommendation = {
  __typename?: 'AgentRecommendation';
  action: Scalars['String']['output'];
  budget: Money;
  direction: Scalars['String']['output'];
  id: Scalars['String']['output'];
  lever: Scalars['String']['output'];
  priority: ConsultantLevel;
  rationale: Scalars['String']['output'];
};

export type AllocationChangeInput = {
  allocations: Array<AllocationShareInput>;
  /** Vigência AAAA-MM-DD (padrão: daqui a 30 dias). */
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  generatorUnitId: Scalars['ID']['input'];
};

/** Pedido de mudança do rateio (guardado aqui; o portal da distribuidora não é alterado). */
export type AllocationChangeRequest = {
  __typename?: 'AllocationChangeRequest';
  allocations: Array<AllocationShare>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Vigência pedida AAAA-MM-DD (a distribuidora pode levar até 30 dias). */
  effectiveDate: Scalars['String']['output'];
  generatorUnitId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** O que fica com a usina geradora. */
  retainedPercent: Scalars['Float']['output'];
  /** PENDING, APPLIED ou CANCELLED. */
  status: Scalars['String']['output'];
  totalPercent: Scalars['Float']['output'];
  /** Aviso (ex.: soma abaixo de 100%). */
  warning: Maybe<Scalars['String']['output']>;
};

export type AllocationShare = {
  __typename?: 'AllocationShare';
  percent: Scalars['Float']['output'];
  uc: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
};

export type AllocationShareInput = {
  percent: Scalars['Float']['input'];
  unitId: Scalars['ID']['input'];
};

/** QUICK: 1 rodada de reunião; STANDARD: até 2; DEEP: até 3. */
export type AnalysisDepth =
  | 'DEEP'
  | 'QUICK'
  | 'STANDARD';

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

export type AskAssistantInput = {
  /** Continua uma conversa; vazio = nova conversa. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** Só para uma nova conversa (padrão ASSISTANT). */
  mode?: InputMaybe<ConversationMode>;
  /** A pergunta (até 2.000 caracteres). */
  question: Scalars['String']['input'];
  /** UUID novo a cada pergunta, gerado pelo cliente: a resposta é transmitida enquanto é escrita na assinatura assistantAnswer(streamId), visível só para quem pergunta. Vazio = sem transmissão. */
  streamId?: InputMaybe<Scalars['ID']['input']>;
};

export type AssistantAnswer = {
  __typename?: 'AssistantAnswer';
  answer: Scalars['String']['output'];
  citations: Array<Citation>;
  conversationId: Scalars['ID']['output'];
  messageId: Scalars['ID']['output'];
  offline: Scalars['Boolean']['output'];
};

export type AssistantAnswerEvent = {
  __typename?: 'AssistantAnswerEvent';
  at: Scalars['String']['output'];
  /** The error code when FAILED (e.g. PAYMENT_REQUIRED). */
  code: Maybe<Scalars['String']['output']>;
  /** The conversation the answer was stored in (DONE). */
  conversationId: Maybe<Scalars['ID']['output']>;
  /** What is happening, in Portuguese (the failure reason when FAILED). */
  message: Maybe<Scalars['String']['output']>;
  /** The stored answer message (DONE). */
  messageId: Maybe<Scalars['ID']['output']>;
  /** Answered by the offline model (DONE). */
  offline: Maybe<Scalars['Boolean']['output']>;
  seq: Scalars['Int']['output'];
  /** THINKING, TOOLS, ANSWER, DONE or FAILED. */
  stage: Maybe<Scalars['String']['output']>;
  state: LiveState;
  /** The id the client generated (the subscription's argument). */
  streamId: Scalars['ID']['output'];
  /** The answer written so far (RUNNING), the whole answer (DONE). */
  text: Maybe<Scalars['String']['output']>;
};

export type AssistantMessage = {
  __typename?: 'AssistantMessage';
  citations: Array<Citation>;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Respondida pelo modelo offline. */
  offline: Scalars['Boolean']['output'];
  /** user ou assistant. */
  role: Scalars['String']['output'];
};

/** Como a IA está respondendo nesta instalação. */
export type AssistantStatus = {
  __typename?: 'AssistantStatus';
  /** Modelo de linguagem em uso ("prumo-offline" no modo offline). */
  model: Scalars['String']['output'];
  /** true = modo offline: respostas por regras e modelos, sem modelo de linguagem. */
  offline: Scalars['Boolean']['output'];
  /** Busca por similaridade (embeddings) ativa, além da busca textual. */
  semanticSearch: Scalars['Boolean']['output'];
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

export type BalanceGranularity =
  | 'DAY'
  | 'MONTH';

/** Saldo no fim do dia (ou do mês). */
export type BalancePoint = {
  __typename?: 'BalancePoint';
  balance: Money;
  /** AAAA-MM-DD */
  date: Scalars['String']['output'];
};

/** Banco ou instituição de pagamento (código COMPE). */
export type Bank = {
  __typename?: 'Bank';
  /** Código COMPE de 3 dígitos (ex.: 341). */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
};

/** Conta bancária da empresa; o saldo é mantido a cada lançamento. */
export type BankAccount = {
  __typename?: 'BankAccount';
  agency: Scalars['String']['output'];
  balance: Money;
  bankCode: Scalars['String']['output'];
  bankName: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: BankAccountKind;
  name: Scalars['String']['output'];
  number: Scalars['String']['output'];
  openingBalance: Money;
};

/** CHECKING = conta corrente; SAVINGS = poupança. */
export type BankAccountKind =
  | 'CHECKING'
  | 'SAVINGS';

/** Prova do saldo: saldo inicial + soma dos lançamentos = saldo mantido. */
export type BankAccountReconciliation = {
  __typename?: 'BankAccountReconciliation';
  /** Saldo mantido na conta. */
  balance: Money;
  bankAccount: BankAccount;
  /** Saldo inicial + lançamentos. */
  expectedBalance: Money;
  /** true quando o saldo mantido confere. */
  matches: Scalars['Boolean']['output'];
  openingBalance: Money;
  transactionCount: Scalars['SafeInt']['output'];
  /** Receitas menos despesas da conta. */
  transactionsTotal: Money;
};

export type BillingCycle =
  | 'MONTHLY'
  | 'YEARLY';

/** Marca (mantida pela equipe). */
export type Brand = {
  __typename?: 'Brand';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type BrandInput = {
  name: Scalars['String']['input'];
};

/** Fluxo de caixa do período, por mês e por categoria. */
export type CashFlow = {
  __typename?: 'CashFlow';
  categories: Array<CategoryTotal>;
  from: Scalars['String']['output'];
  months: Array<CashFlowMonth>;
  net: Money;
  to: Scalars['String']['output'];
  totalExpense: Money;
  totalIncome: Money;
};

export type CashFlowMonth = {
  __typename?: 'CashFlowMonth';
  expense: Money;
  income: Money;
  /** AAAA-MM (calendário de São Paulo). */
  month: Scalars['String']['output'];
  net: Money;
};

/** Regra de categorização: descrição/contraparte que casa -> categoria (menor prioridade primeiro). */
export type CategorizationRule = {
  __typename?: 'CategorizationRule';
  category: Scalars['String']['output'];
  /** Entradas importadas que casam contam como faturamento. */
  countsAsRevenue: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Só entradas ou só saídas (vazio = ambas). */
  kind: Maybe<TransactionKind>;
  matchType: RuleMatchType;
  pattern: Scalars['String']['output'];
  priority: Scalars['Int']['output'];
};

export type CategorizationRuleInput = {
  category: Scalars['String']['input'];
  countsAsRevenue?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<TransactionKind>;
  matchType: RuleMatchType;
  pattern: Scalars['String']['input'];
  /** Menor = aplicada primeiro (padrão 100). */
  priority?: InputMaybe<Scalars['Int']['input']>;
};

/** Categoria do marketplace (árvore de dois níveis, mantida pela equipe). */
export type Category = {
  __typename?: 'Category';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
};

export type CategoryInput = {
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  slug: Scalars['String']['input'];
};

export type CategoryTotal = {
  __typename?: 'CategoryTotal';
  /** Categoria ("Sem categoria" quando vazia). */
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  kind: TransactionKind;
  total: Money;
};

export type ChangeMemberRoleInput = {
  memberId: Scalars['ID']['input'];
  role: Role;
};

export type CheckoutUrl = {
  __typename?: 'CheckoutUrl';
  /** Abra esta URL para pagar (Stripe ou sandbox). */
  url: Scalars['String']['output'];
};

/** De onde veio uma afirmação da resposta. */
export type Citation = {
  __typename?: 'Citation';
  /** Documento citado (abre em /documentos?doc=<id>). */
  documentId: Maybe<Scalars['ID']['output']>;
  /** Trecho citado. */
  excerpt: Scalars['String']['output'];
  /** Campo do documento citado (fields, items) ou null para trecho do texto. */
  field: Maybe<Scalars['String']['output']>;
  kind: CitationKind;
  /** Rótulo do trecho: campo, seção ou dado. */
  label: Scalars['String']['output'];
  /** Onde abrir a fonte no app. */
  link: Maybe<Scalars['String']['output']>;
  /** Número da fonte na resposta ([S1] = 1). */
  number: Maybe<Scalars['Int']['output']>;
  /** Seção da base de conhecimento (artigo#seção). */
  sectionId: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** DOCUMENT: um documento da conta; KNOWLEDGE: base de conhecimento do MEI; DATA: números da conta. */
export type CitationKind =
  | 'DATA'
  | 'DOCUMENT'
  | 'KNOWLEDGE';

export type ConfirmStatementImportInput = {
  /** Índices a não importar. */
  excludeLines?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Índices de entradas que NÃO contam como faturamento, mesmo que uma regra diga. */
  notRevenueLines?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Índices de entradas que contam como faturamento (além das marcadas pelas regras). */
  revenueLines?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Agentes do consultor executivo. */
export type ConsultantAgent =
  | 'ANALYST'
  | 'COMMERCIAL'
  | 'FINANCIAL'
  | 'FISCAL'
  | 'OPERATIONS';

/** Baixo, médio ou alto (severidade, probabilidade, impacto, prioridade). */
export type ConsultantLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Unidade consumidora (UC) de um titular. */
export type ConsumerUnit = {
  __typename?: 'ConsumerUnit';
  address: Maybe<Scalars['String']['output']>;
  /** Percentual do rateio recebido da usina. */
  allocationPercent: Maybe<Scalars['Float']['output']>;
  /** Código do consumidor na distribuidora. */
  cdc: Maybe<Scalars['String']['output']>;
  client: EnergyClient;
  /** Saldo de créditos em kWh. */
  creditBalanceKwh: Scalars['Int']['output'];
  /** Usina de geração distribuída (geradora). */
  generator: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Faturas, da mais recente à mais antiga (24 por página). */
  invoices: EnergyInvoiceConnection;
  /** Erro da última sincronização desta unidade. */
  lastError: Maybe<Scalars['String']['output']>;
  /** Usina que rateia créditos para esta unidade. */
  parent: Maybe<ConsumerUnit>;
  /** UC da usina que rateia créditos para esta unidade. */
  parentUc: Maybe<Scalars['String']['output']>;
  syncedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Classe tarifária. */
  tariffClass: Maybe<Scalars['String']['output']>;
  /** Código da UC. */
  uc: Scalars['String']['output'];
};


/** Unidade consumidora (UC) de um titular. */
export type ConsumerUnitInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Conversation = {
  __typename?: 'Conversation';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Mensagens em ordem (até as 200 mais recentes). */
  messages: Array<AssistantMessage>;
  mode: ConversationMode;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  nodes: Array<ConversationSummary>;
  pageInfo: PageInfo;
};

/** ASSISTANT: responde com seus documentos, a base de conhecimento do MEI e os números da conta, citando as fontes. CHAT: conversa livre, sem busca. */
export type ConversationMode =
  | 'ASSISTANT'
  | 'CHAT';

export type ConversationSummary = {
  __typename?: 'ConversationSummary';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  mode: ConversationMode;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  /** read (consultas) e/ou write (mutações). */
  scopes: Array<Scalars['String']['input']>;
};

export type CreateBankAccountInput = {
  /** Agência (com dígito, se houver). */
  agency: Scalars['String']['input'];
  /** Código COMPE do banco (ex.: 341). */
  bankCode: Scalars['String']['input'];
  kind: BankAccountKind;
  /** Apelido da conta (ex.: "Conta PJ Itaú"). */
  name: Scalars['String']['input'];
  /** Número da conta com dígito. */
  number: Scalars['String']['input'];
  /** Saldo inicial em centavos (pode ser negativo); padrão 0. */
  openingBalanceCents?: InputMaybe<Scalars['SafeInt']['input']>;
};

export type CreateEnergyClientInput = {
  name: Scalars['String']['input'];
  phoneLastDigits: Scalars['String']['input'];
  /** CPF ou CNPJ do titular (com ou sem máscara). */
  taxId: Scalars['String']['input'];
};

export type CreateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  brandId?: InputMaybe<Scalars['ID']['input']>;
  categoryId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Preço em centavos (> 0). */
  priceCents: Scalars['SafeInt']['input'];
  specifications?: InputMaybe<Array<SpecificationInput>>;
  stock: Scalars['Int']['input'];
};

export type CreateTransactionInput = {
  /** Valor em centavos (> 0). */
  amountCents: Scalars['SafeInt']['input'];
  bankAccountId: Scalars['ID']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  counterparty?: InputMaybe<Scalars['String']['input']>;
  /** Só para entradas: conta como faturamento do MEI. Padrão false. */
  countsAsRevenue?: InputMaybe<Scalars['Boolean']['input']>;
  /** AAAA-MM-DD */
  date: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  kind: TransactionKind;
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

/** Colunas do CSV (índices a partir de 0). Informe amountColumn, ou debitColumn e creditColumn. */
export type CsvMappingInput = {
  /** Valor com sinal (negativo = saída). */
  amountColumn?: InputMaybe<Scalars['Int']['input']>;
  counterpartyColumn?: InputMaybe<Scalars['Int']['input']>;
  creditColumn?: InputMaybe<Scalars['Int']['input']>;
  dateColumn: Scalars['Int']['input'];
  debitColumn?: InputMaybe<Scalars['Int']['input']>;
  decimalSeparator?: InputMaybe<DecimalSeparator>;
  /** ";" ou "," */
  delimiter: Scalars['String']['input'];
  descriptionColumn: Scalars['Int']['input'];
  /** A primeira linha é o cabeçalho (padrão true). */
  hasHeader?: InputMaybe<Scalars['Boolean']['input']>;
  /** Identificador único do lançamento no banco, se houver. */
  idColumn?: InputMaybe<Scalars['Int']['input']>;
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

/** COMMA = 1.234,56 (padrão); DOT = 1,234.56. */
export type DecimalSeparator =
  | 'COMMA'
  | 'DOT';

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

/** Titular (CPF/CNPJ) cujas contas de energia o robô acompanha no portal da distribuidora. */
export type EnergyClient = {
  __typename?: 'EnergyClient';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastSyncAt: Maybe<Scalars['DateTimeISO']['output']>;
  lastSyncErrors: Array<EnergyUnitError>;
  lastSyncMessage: Maybe<Scalars['String']['output']>;
  /** RUNNING, DONE ou FAILED. */
  lastSyncStatus: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Últimos 4 dígitos do celular cadastrado no portal. */
  phoneLastDigits: Scalars['String']['output'];
  status: EnergyClientStatus;
  /** Detalhe da conexão (ex.: "Sessão expirada, conecte novamente"). */
  statusMessage: Maybe<Scalars['String']['output']>;
  /** CPF/CNPJ do titular, formatado. */
  taxId: Scalars['String']['output'];
  /** Unidades consumidoras (as faturas de cada uma carregam sob demanda). */
  units: Array<ConsumerUnit>;
};

/** Conexão com o portal da distribuidora. */
export type EnergyClientStatus =
  | 'AWAITING_SMS'
  | 'CONNECTED'
  | 'DISCONNECTED'
  | 'ERROR';

/** Créditos de energia por mês de origem (vencem 60 meses depois). */
export type EnergyCredit = {
  __typename?: 'EnergyCredit';
  /** Mês de validade AAAA-MM. */
  expiresMonth: Scalars['String']['output'];
  kwh: Scalars['Int']['output'];
  /** Mês de origem AAAA-MM. */
  originMonth: Scalars['String']['output'];
};

/** Fatura de energia (NF3e) de uma unidade consumidora. */
export type EnergyInvoice = {
  __typename?: 'EnergyInvoice';
  amount: Money;
  /** Linha digitável (48 dígitos, arrecadação segmento 3). */
  barcodeLine: Scalars['String']['output'];
  /** A linha confere (dígitos verificadores, segmento energia). */
  barcodeValid: Scalars['Boolean']['output'];
  /** Vencimento AAAA-MM-DD. */
  dueDate: Scalars['String']['output'];
  /** Linha digitável formatada em blocos. */
  formattedBarcodeLine: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Itens da fatura (energia, bandeiras, tributos...). */
  items: Array<EnergyInvoiceItem>;
  kwh: Scalars['Int']['output'];
  /** O PDF já foi baixado do portal e está guardado. */
  pdfCached: Scalars['Boolean']['output'];
  /** PIX copia e cola (BR Code). */
  pixCopyPaste: Maybe<Scalars['String']['output']>;
  /** O PIX confere (CRC e campos obrigatórios). */
  pixValid: Maybe<Scalars['Boolean']['output']>;
  /** Identificador da fatura no portal. */
  portalId: Scalars['String']['output'];
  /** Mês de referência AAAA-MM. */
  referenceMonth: Scalars['String']['output'];
  /** PAID (paga), OPEN (em aberto) ou OVERDUE (não paga e com o vencimento já passado no dia de Brasília, mesmo antes da próxima sincronização). */
  status: EnergyInvoiceStatus;
  unit: ConsumerUnit;
};

export type EnergyInvoiceConnection = {
  __typename?: 'EnergyInvoiceConnection';
  nodes: Array<EnergyInvoice>;
  pageInfo: PageInfo;
};

export type EnergyInvoiceItem = {
  __typename?: 'EnergyInvoiceItem';
  amount: Money;
  description: Scalars['String']['output'];
};

/** Link do PDF da fatura (expira). */
export type EnergyInvoicePdf = {
  __typename?: 'EnergyInvoicePdf';
  expiresAt: Scalars['DateTimeISO']['output'];
  url: Scalars['String']['output'];
};

export type EnergyInvoiceStatus =
  | 'OPEN'
  | 'OVERDUE'
  | 'PAID';

/** Resumo de energia da conta. */
export type EnergyOverview = {
  __typename?: 'EnergyOverview';
  clients: Scalars['Int']['output'];
  /** Soma das faturas dos últimos 12 meses de referência (inclui o atual). */
  last12MonthsCost: Money;
  last12MonthsKwh: Scalars['Int']['output'];
  /** Soma das faturas não pagas (em aberto e vencidas). */
  openAmount: Money;
  /** Faturas não pagas (em aberto e vencidas), por vencimento. */
  openInvoices: Array<EnergyInvoice>;
  /** Soma das faturas vencidas e não pagas. */
  overdueAmount: Money;
  /** Faturas vencidas e não pagas (vencimento antes de hoje, horário de Brasília). */
  overdueCount: Scalars['Int']['output'];
  units: Scalars['Int']['output'];
};

export type EnergySyncEvent = {
  __typename?: 'EnergySyncEvent';
  at: Scalars['String']['output'];
  /** The client as it is now, resolved through the gateway for each event. */
  client: Maybe<EnergyClient>;
  clientId: Scalars['ID']['output'];
  /** Per-unit failures so far (a broken unit does not fail the sync). */
  errors: Maybe<Array<EnergySyncUnitError>>;
  /** What is happening, in Portuguese (e.g. "Faturas: 3 de 8 unidades", "Sessão expirada, conecte novamente"). */
  message: Maybe<Scalars['String']['output']>;
  percent: Maybe<Scalars['Int']['output']>;
  seq: Scalars['Int']['output'];
  /** QUEUED, LOGIN, UNITS, GD, INVOICES, DONE or FAILED. */
  stage: Maybe<Scalars['String']['output']>;
  state: LiveState;
  /** Units whose invoices were read so far (INVOICES n of m). */
  unitsDone: Maybe<Scalars['Int']['output']>;
  unitsTotal: Maybe<Scalars['Int']['output']>;
};

/** One unit that failed in a sync (the others go on). */
export type EnergySyncUnitError = {
  __typename?: 'EnergySyncUnitError';
  message: Scalars['String']['output'];
  uc: Scalars['String']['output'];
};

/** Falha de uma unidade numa sincronização (as demais seguem). */
export type EnergyUnitError = {
  __typename?: 'EnergyUnitError';
  message: Scalars['String']['output'];
  uc: Scalars['String']['output'];
};

/** Uma análise do consultor executivo (visível a todos os membros da conta). */
export type Execution = {
  __typename?: 'Execution';
  /** Analista, comercial, financeiro, fiscal e operações. */
  agents: Array<ExecutionAgent>;
  artifacts: Maybe<ExecutionArtifacts>;
  businessType: Scalars['String']['output'];
  conflicts: Array<ExecutionConflict>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['ID']['output'];
  depth: AnalysisDepth;
  /** Duração da execução em milissegundos. */
  durationMs: Maybe<Scalars['Int']['output']>;
  failureReason: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  framing: Maybe<ExecutionFraming>;
  id: Scalars['ID']['output'];
  meeting: Maybe<ExecutionMeeting>;
  /** true = feita por regras sobre os números da conta, sem modelo de IA (modo offline). */
  offline: Scalars['Boolean']['output'];
  problemDescription: Scalars['String']['output'];
  /** FRAMING, ANALYSIS, CONFLICTS, MEETING, ARTIFACTS. */
  stage: Maybe<Scalars['String']['output']>;
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: ExecutionStatus;
  tokensUsed: Scalars['Int']['output'];
};

export type ExecutionActionItem = {
  __typename?: 'ExecutionActionItem';
  action: Scalars['String']['output'];
  agent: ConsultantAgent;
  budget: Money;
  /** Prazo AAAA-MM-DD. */
  deadline: Scalars['String']['output'];
  /** Quem executa (papel na empresa). */
  ownerRole: Scalars['String']['output'];
  priority: ConsultantLevel;
};

/** Um agente de uma análise: estado, tokens e o que ele concluiu. */
export type ExecutionAgent = {
  __typename?: 'ExecutionAgent';
  findings: Array<AgentFinding>;
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  label: Scalars['String']['output'];
  /** RULES (regras sobre os dados) ou MODEL (modelo de IA). */
  method: Maybe<Scalars['String']['output']>;
  recommendations: Array<AgentRecommendation>;
  role: ConsultantAgent;
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: ExecutionAgentStatus;
  summary: Maybe<Scalars['String']['output']>;
  tokens: Scalars['Int']['output'];
  /** Ferramentas de dados que o agente chamou. */
  toolCalls: Array<Scalars['String']['output']>;
  /** Dados que não puderam ser lidos (módulo fora do plano, por exemplo). */
  unavailableData: Array<Scalars['String']['output']>;
};

export type ExecutionAgentStatus =
  | 'DONE'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING';

export type ExecutionArtifacts = {
  __typename?: 'ExecutionArtifacts';
  actionPlan: Array<ExecutionActionItem>;
  kpis: Array<ExecutionKpi>;
  risks: Array<ExecutionRisk>;
  summary: Scalars['String']['output'];
};

export type ExecutionConflict = {
  __typename?: 'ExecutionConflict';
  agents: Array<ConsultantAgent>;
  description: Scalars['String']['output'];
  id: Scalars['String']['output'];
  kind: ExecutionConflictKind;
  severity: ConsultantLevel;
};

export type ExecutionConflictKind =
  | 'CONTRADICTORY_RECOMMENDATIONS'
  | 'OVERLAPPING_BUDGETS';

export type ExecutionConnection = {
  __typename?: 'ExecutionConnection';
  nodes: Array<Execution>;
  pageInfo: PageInfo;
};

export type ExecutionExport = {
  __typename?: 'ExecutionExport';
  expiresAt: Scalars['DateTimeISO']['output'];
  filename: Scalars['String']['output'];
  format: ExecutionExportFormat;
  /** Link do arquivo (expira). */
  url: Scalars['String']['output'];
};

export type ExecutionExportFormat =
  | 'MARKDOWN'
  | 'PDF';

export type ExecutionFraming = {
  __typename?: 'ExecutionFraming';
  focus: Array<ConsultantAgent>;
  keyFigures: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type ExecutionKpi = {
  __typename?: 'ExecutionKpi';
  /** Valor atual, dos dados da conta (centavos quando unit = CENTS). */
  current: Maybe<Scalars['Float']['output']>;
  currentText: Scalars['String']['output'];
  name: Scalars['String']['output'];
  source: Scalars['String']['output'];
  target: Maybe<Scalars['Float']['output']>;
  targetText: Scalars['String']['output'];
  unit: KpiUnit;
};

/** A reunião simulada: rodadas até o consenso ou o limite de rodadas. */
export type ExecutionMeeting = {
  __typename?: 'ExecutionMeeting';
  consensus: Scalars['Boolean']['output'];
  resolutions: Array<MeetingResolution>;
  rounds: Array<MeetingRound>;
};

export type ExecutionRisk = {
  __typename?: 'ExecutionRisk';
  description: Scalars['String']['output'];
  impact: ConsultantLevel;
  mitigation: Scalars['String']['output'];
  probability: ConsultantLevel;
};

export type ExecutionStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

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

/** Unidade beneficiária de uma usina: recebe sua parte do excedente e tem saldo próprio. */
export type GenerationBeneficiary = {
  __typename?: 'GenerationBeneficiary';
  /** Saldo de créditos da beneficiária em kWh (como o portal mostra). */
  balanceKwh: Scalars['Int']['output'];
  /** kWh compensados na fatura da beneficiária no mês de referência. */
  compensatedKwh: Maybe<Scalars['Int']['output']>;
  /** Créditos da beneficiária por mês de origem. */
  credits: Array<EnergyCredit>;
  /** Créditos da beneficiária que vencem nos próximos N meses. */
  expiringCredits: Array<EnergyCredit>;
  expiringKwh: Scalars['Int']['output'];
  /** Percentual do rateio. */
  percent: Scalars['Float']['output'];
  /** kWh recebidos da usina no mês de referência da usina. */
  receivedKwh: Maybe<Scalars['Int']['output']>;
  unit: ConsumerUnit;
};

/** Usina geradora e suas beneficiárias. */
export type GenerationPlant = {
  __typename?: 'GenerationPlant';
  /** Data (AAAA-MM-DD) da solicitação de acesso da usina à rede. */
  accessRequestedOn: Maybe<Scalars['String']['output']>;
  /** Soma dos percentuais rateados. */
  allocatedPercent: Scalars['Float']['output'];
  /** Pedidos de mudança de rateio. */
  allocationRequests: Array<AllocationChangeRequest>;
  /** Preço médio do kWh em centavos, com a fração (o que a economia estimada usa). */
  averageTariffCentsPerKwh: Scalars['Float']['output'];
  /** Preço médio do kWh nas faturas dos últimos 12 meses (arredondado para exibir). */
  averageTariffPerKwh: Money;
  /** Saldo de créditos da usina em kWh. */
  balanceKwh: Scalars['Int']['output'];
  beneficiaries: Array<GenerationBeneficiary>;
  /** kWh compensados na fatura da usina no mês de referência. */
  compensatedKwh: Maybe<Scalars['Int']['output']>;
  /** Créditos por mês de origem. */
  credits: Array<EnergyCredit>;
  /** Economia estimada do saldo de créditos, já descontado o Fio B. */
  estimatedSavings: Money;
  /** Créditos que vencem nos próximos N meses. */
  expiringCredits: Array<EnergyCredit>;
  expiringKwh: Scalars['Int']['output'];
  /** Isenta do Fio B até 2045 (acesso solicitado até 07/01/2023, Lei 14.300). */
  fioBExempt: Scalars['Boolean']['output'];
  /** Parcela do Fio B cobrada sobre a energia compensada neste ano (Lei 14.300); 0 se isenta. */
  fioBSharePercent: Scalars['Int']['output'];
  /** kWh injetados na rede no mês de referência. */
  injectedKwh: Maybe<Scalars['Int']['output']>;
  /** kWh que ficaram com a usina no mês (consumo próprio compensado e a parte não rateada). */
  receivedKwh: Maybe<Scalars['Int']['output']>;
  /** Mês de referência (AAAA-MM) dos números do mês da usina e das beneficiárias. */
  referenceMonth: Maybe<Scalars['String']['output']>;
  /** Percentual que fica com a usina. */
  retainedPercent: Scalars['Float']['output'];
  /** Saldo somado da usina e das beneficiárias. */
  treeBalanceKwh: Scalars['Int']['output'];
  unit: ConsumerUnit;
};

export type GenerationTree = {
  __typename?: 'GenerationTree';
  clientId: Scalars['ID']['output'];
  estimatedSavings: Money;
  /** Janela (meses) dos créditos a vencer. */
  months: Scalars['Int']['output'];
  plants: Array<GenerationPlant>;
};

/** Pergunta de um comprador sobre um produto (visível ao comprador e ao vendedor). */
export type Inquiry = {
  __typename?: 'Inquiry';
  /** A resposta do vendedor (uma só). */
  answer: Maybe<Scalars['String']['output']>;
  answeredAt: Maybe<Scalars['DateTimeISO']['output']>;
  buyer: Seller;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  myRole: OrderRole;
  product: Maybe<Product>;
  seller: Seller;
};

export type InquiryConnection = {
  __typename?: 'InquiryConnection';
  nodes: Array<Inquiry>;
  pageInfo: PageInfo;
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

/** CENTS: valores em centavos inteiros. */
export type KpiUnit =
  | 'CENTS'
  | 'COUNT'
  | 'DAYS'
  | 'KWH'
  | 'PERCENT';

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

export type MeetingResolution = {
  __typename?: 'MeetingResolution';
  conflictId: Scalars['String']['output'];
  decision: Scalars['String']['output'];
  round: Scalars['Int']['output'];
};

export type MeetingRound = {
  __typename?: 'MeetingRound';
  number: Scalars['Int']['output'];
  statements: Array<MeetingStatement>;
};

export type MeetingStatement = {
  __typename?: 'MeetingStatement';
  agent: ConsultantAgent;
  text: Scalars['String']['output'];
};

/** COMMERCE (ICMS), SERVICES (ISS) ou BOTH. */
export type MeiActivity =
  | 'BOTH'
  | 'COMMERCE'
  | 'SERVICES';

/** Onde o MEI está em relação ao limite anual de faturamento. */
export type MeiLimit = {
  __typename?: 'MeiLimit';
  alertsSent: Array<LimitAlert>;
  /** Falso quando o perfil fiscal diz que a empresa não é MEI: o faturamento é somado, mas não há limite (limitCents 0). */
  applies: Scalars['Boolean']['output'];
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

/** MEI, MEI_CAMINHONEIRO, ou NOT_MEI (LTDA, ME, EPP...: o limite do MEI, seus alertas e o DAS-MEI não se aplicam). */
export type MeiRegime =
  | 'MEI'
  | 'MEI_CAMINHONEIRO'
  | 'NOT_MEI';

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
  /** Adiciona uma imagem (PNG, JPEG ou WEBP, até 700 KB, em base64). */
  addProductImage: Product;
  /** O vendedor responde a uma pergunta recebida (uma vez); o comprador é notificado. */
  answerInquiry: Inquiry;
  /** Aplica as regras aos lançamentos sem categoria (ou a todos, com overwrite); devolve quantos mudaram. */
  applyCategorizationRules: Scalars['Int']['output'];
  /** Pergunta ao assistente fiscal: responde com os números exatos da conta, seus documentos e a base de conhecimento do MEI, com citações. Consome tokens de IA do plano. */
  askAssistant: AssistantAnswer;
  /** Comprador ou vendedor: cancela um pedido pendente (o estoque volta). */
  cancelOrder: Order;
  /** Cancela ao fim do período pago; os dados nunca são apagados. */
  cancelSubscription: AccountSubscription;
  changeMemberRole: Member;
  /** Troca de plano ou ciclo com cobrança proporcional (proration). */
  changePlan: AccountSubscription;
  /** Passo 3: coloca o documento na fila de leitura (o mesmo arquivo devolve o documento existente). */
  completeUpload: Document;
  /** Vendedor: confirma a venda (entra no faturamento). */
  confirmOrder: Order;
  /** Passo 2: o código recebido por SMS. Conecta (CONNECTED) e coloca a sincronização na fila. */
  confirmPortalLogin: EnergyClient;
  /** Lança as linhas novas da prévia de uma vez (duplicatas nunca), aplica as regras e atualiza o saldo. */
  confirmStatementImport: StatementImportResult;
  /** Cria uma chave de API. O segredo aparece só nesta resposta. */
  createApiKey: CreatedApiKey;
  /** Cadastra uma conta bancária (banco pelo código COMPE). */
  createBankAccount: BankAccount;
  createCategorizationRule: CategorizationRule;
  /** Cadastra um titular (CPF/CNPJ validado e 4 últimos dígitos do celular). */
  createEnergyClient: EnergyClient;
  /** Equipe da plataforma: nova marca. */
  createMarketplaceBrand: Brand;
  /** Equipe da plataforma: nova categoria. */
  createMarketplaceCategory: Category;
  /** Anuncia um produto (conta no limite de produtos do plano). */
  createProduct: Product;
  /** Cria um lançamento; o saldo da conta muda na mesma transação. */
  createTransaction: Transaction;
  /** Passo 1 do envio: valida e devolve uma URL de uso único para o PUT dos bytes (máx. 20 MB). */
  createUpload: UploadTicket;
  deleteCategorizationRule: Scalars['Boolean']['output'];
  /** Apaga uma conversa sua. */
  deleteConversation: Scalars['Boolean']['output'];
  /** Exclui (o faturamento da nota deixa de contar; o arquivo é mantido). */
  deleteDocument: Scalars['Boolean']['output'];
  /** Remove um titular e tudo o que o robô trouxe dele (unidades, faturas, créditos, pedidos de rateio, sessão do portal e PDFs guardados) e libera as unidades no limite do plano. Só dono ou administrador. CONFLICT enquanto uma sincronização dele está em andamento (uma que só está na fila é cancelada). O portal da distribuidora não é alterado. */
  deleteEnergyClient: Scalars['Boolean']['output'];
  /** Exclui a análise (quem a criou, ou donos e administradores). */
  deleteExecution: Scalars['Boolean']['output'];
  /** Equipe da plataforma: exclui uma marca que nenhum produto usa. */
  deleteMarketplaceBrand: Scalars['Boolean']['output'];
  /** Equipe da plataforma: exclui uma categoria sem subcategorias nem produtos. */
  deleteMarketplaceCategory: Scalars['Boolean']['output'];
  /** Exclui um produto meu (libera a vaga no limite do plano). */
  deleteProduct: Scalars['Boolean']['output'];
  /** Exclui um lançamento (o saldo volta; o faturamento é anulado). */
  deleteTransaction: Scalars['Boolean']['output'];
  /** Gera o relatório em Markdown ou PDF e devolve um link que expira em 10 minutos. */
  exportExecution: ExecutionExport;
  /** Convida alguém por e-mail (donos e administradores). */
  inviteMember: CreatedInvitation;
  /** Marca todos os seus avisos da conta atual como lidos; devolve quantos mudaram. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marca um aviso como lido. */
  markNotificationRead: Notification;
  /** Portal do cliente: forma de pagamento, faturas, cancelamento. */
  openCustomerPortal: CheckoutUrl;
  /** Faz um pedido: reserva o estoque na hora e congela o preço. */
  placeOrder: Order;
  /** Lê um extrato OFX (v1 SGML ou v2 XML) ou CSV e guarda uma prévia com as duplicatas marcadas. Nada é lançado ainda. */
  previewStatementImport: StatementImportPreview;
  /** Troca um token de renovação por um novo par de tokens. */
  refreshSession: AuthPayload;
  /** Remove um membro (ou você mesmo). Nunca o último dono. */
  removeMember: Scalars['Boolean']['output'];
  removeProductImage: Product;
  reprocessDocument: Document;
  /** Pede a mudança do rateio de uma usina (soma até 100%; abaixo disso o resto fica com a usina). Fica registrado; o portal não é alterado. */
  requestAllocationChange: AllocationChangeRequest;
  /** Reenvia um aviso por um canal externo cuja entrega falhou (por exemplo, WhatsApp depois de corrigir o número no perfil). */
  resendNotification: Notification;
  revokeApiKey: ApiKey;
  revokeInvitation: Invitation;
  /** Pergunta ao vendedor sobre um produto (o vendedor é notificado). */
  sendInquiry: Inquiry;
  /** Entra com e-mail ou CPF e senha. */
  signIn: AuthPayload;
  /** Encerra a sessão atual (todos os seus tokens). */
  signOut: Scalars['Boolean']['output'];
  /** Cria usuário + conta (dono) e já entra. */
  signUp: AuthPayload;
  /** Inicia o pagamento de um plano; abra a URL devolvida. */
  startCheckout: CheckoutUrl;
  /** Inicia uma análise (conta no limite mensal e no de análises simultâneas do plano). */
  startExecution: Execution;
  /** Passo 1 da conexão: o robô informa o CPF/CNPJ no portal, que envia um código por SMS ao titular (status AWAITING_SMS). */
  startPortalLogin: EnergyClient;
  /** Público: formulário de contato da página inicial. */
  submitLead: LeadReceipt;
  /** Passa a sessão para outra conta da qual você participa. */
  switchAccount: AuthPayload;
  /** Sincroniza unidades, geração distribuída e faturas (acompanhe por energySync). */
  syncEnergyClient: EnergyClient;
  updateCategorizationRule: CategorizationRule;
  /** Corrige campos extraídos (validados e auditados). */
  updateDocumentFields: Document;
  /** Atualiza o perfil fiscal; alertas são reavaliados. */
  updateFiscalProfile: FiscalProfile;
  /** Equipe da plataforma: renomeia uma marca; a busca dos anúncios acompanha. */
  updateMarketplaceBrand: Brand;
  /** Equipe da plataforma: renomeia (ou muda o identificador ou a ordem de) uma categoria; a busca dos anúncios acompanha. */
  updateMarketplaceCategory: Category;
  /** Equipe: edita um plano. */
  updatePlan: Plan;
  /** Altera um produto meu (preço, estoque, ativo...). */
  updateProduct: Product;
  /** Atualiza seu nome e seu WhatsApp (para onde vão os avisos). */
  updateProfile: User;
  /** Nome da loja, WhatsApp (celular) e cidade mostrados aos compradores. */
  updateSellerProfile: Seller;
  /** Altera um lançamento (saldo e faturamento acompanham). */
  updateTransaction: Transaction;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddProductImageArgs = {
  input: ProductImageInput;
  productId: Scalars['ID']['input'];
};


export type MutationAnswerInquiryArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationApplyCategorizationRulesArgs = {
  bankAccountId?: InputMaybe<Scalars['ID']['input']>;
  overwrite?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationAskAssistantArgs = {
  input: AskAssistantInput;
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
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


export type MutationConfirmOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmPortalLoginArgs = {
  clientId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
};


export type MutationConfirmStatementImportArgs = {
  importId: Scalars['ID']['input'];
  input?: InputMaybe<ConfirmStatementImportInput>;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateBankAccountArgs = {
  input: CreateBankAccountInput;
};


export type MutationCreateCategorizationRuleArgs = {
  input: CategorizationRuleInput;
};


export type MutationCreateEnergyClientArgs = {
  input: CreateEnergyClientInput;
};


export type MutationCreateMarketplaceBrandArgs = {
  input: BrandInput;
};


export type MutationCreateMarketplaceCategoryArgs = {
  input: CategoryInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateTransactionArgs = {
  input: CreateTransactionInput;
};


export type MutationCreateUploadArgs = {
  input: CreateUploadInput;
};


export type MutationDeleteCategorizationRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEnergyClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExecutionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMarketplaceBrandArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMarketplaceCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExportExecutionArgs = {
  format: ExecutionExportFormat;
  id: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationPreviewStatementImportArgs = {
  input: PreviewStatementImportInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationRemoveProductImageArgs = {
  imageId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
};


export type MutationReprocessDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestAllocationChangeArgs = {
  input: AllocationChangeInput;
};


export type MutationResendNotificationArgs = {
  channel: NotificationChannel;
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendInquiryArgs = {
  input: SendInquiryInput;
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


export type MutationStartExecutionArgs = {
  input: StartExecutionInput;
};


export type MutationStartPortalLoginArgs = {
  clientId: Scalars['ID']['input'];
};


export type MutationSubmitLeadArgs = {
  input: SubmitLeadInput;
};


export type MutationSwitchAccountArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationSyncEnergyClientArgs = {
  clientId: Scalars['ID']['input'];
};


export type MutationUpdateCategorizationRuleArgs = {
  id: Scalars['ID']['input'];
  input: CategorizationRuleInput;
};


export type MutationUpdateDocumentFieldsArgs = {
  fields: Array<FieldEditInput>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateFiscalProfileArgs = {
  input: FiscalProfileInput;
};


export type MutationUpdateMarketplaceBrandArgs = {
  id: Scalars['ID']['input'];
  input: BrandInput;
};


export type MutationUpdateMarketplaceCategoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCategoryInput;
};


export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateSellerProfileArgs = {
  input: SellerProfileInput;
};


export type MutationUpdateTransactionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTransactionInput;
};

/** Aviso na caixa de entrada do usuário. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Situação da entrega em cada canal. */
  deliveries: Array<NotificationDelivery>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Caminho no app (ex.: /painel). */
  link: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  title: Scalars['String']['output'];
};

/** IN_APP: caixa de entrada; WHATSAPP; LOG: registro (WhatsApp não configurado). */
export type NotificationChannel =
  | 'IN_APP'
  | 'LOG'
  | 'WHATSAPP';

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  nodes: Array<Notification>;
  pageInfo: PageInfo;
};

/** Entrega de um aviso por um canal. */
export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  /** Tentativas feitas. */
  attempts: Scalars['Int']['output'];
  channel: NotificationChannel;
  /** WhatsApp: quando a mensagem chegou ao aparelho (confirmação do WhatsApp). */
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Último erro do canal, quando houve. */
  lastError: Maybe<Scalars['String']['output']>;
  /** WhatsApp: quando a mensagem foi lida, se o usuário mantém a confirmação de leitura ligada. */
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Quando o canal aceitou a mensagem. */
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: NotificationDeliveryStatus;
};

/** Equipe: uma entrega de aviso por um canal, em qualquer conta. */
export type NotificationDeliveryReport = {
  __typename?: 'NotificationDeliveryReport';
  /** Conta destinatária; vazio para avisos da equipe. */
  accountId: Maybe<Scalars['ID']['output']>;
  attempts: Scalars['Int']['output'];
  channel: NotificationChannel;
  createdAt: Scalars['DateTimeISO']['output'];
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: NotificationDeliveryStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  userId: Scalars['ID']['output'];
};

export type NotificationDeliveryReportConnection = {
  __typename?: 'NotificationDeliveryReportConnection';
  nodes: Array<NotificationDeliveryReport>;
  pageInfo: PageInfo;
};

export type NotificationDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** Origem do aviso. */
export type NotificationKind =
  | 'GENERIC'
  | 'INQUIRY'
  | 'LEAD'
  | 'LIMIT_ALERT'
  | 'PAYMENT_PROBLEM';

/** Pedido entre duas contas: visível só ao comprador e ao vendedor. */
export type Order = {
  __typename?: 'Order';
  buyer: Seller;
  cancelledAt: Maybe<Scalars['DateTimeISO']['output']>;
  cancelledBy: Maybe<OrderRole>;
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** O meu papel neste pedido. */
  myRole: OrderRole;
  /** O produto, enquanto visível (ativo, ou meu). */
  product: Maybe<Product>;
  productCode: Scalars['String']['output'];
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  seller: Seller;
  status: OrderStatus;
  total: Money;
  /** Preço unitário congelado no momento do pedido. */
  unitPrice: Money;
  /** Conversa no WhatsApp com o vendedor, já com o resumo do pedido. */
  whatsappUrl: Maybe<Scalars['String']['output']>;
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  nodes: Array<Order>;
  pageInfo: PageInfo;
};

export type OrderRole =
  | 'BUYER'
  | 'SELLER';

/** PENDING (aguarda o vendedor), COMPLETED (venda concluída), CANCELLED. */
export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PENDING';

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

export type PlaceOrderInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

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

export type PreviewStatementImportInput = {
  bankAccountId: Scalars['ID']['input'];
  /** O arquivo em base64 (até 10 MB descomprimido; comprima com gzip para arquivos grandes). */
  content: Scalars['String']['input'];
  /** Obrigatório para CSV. */
  csv?: InputMaybe<CsvMappingInput>;
  /** Padrão BASE64. */
  encoding?: InputMaybe<StatementContentEncoding>;
  filename?: InputMaybe<Scalars['String']['input']>;
  /** Detectado pelo conteúdo quando omitido. */
  format?: InputMaybe<StatementFormat>;
};

/** Uma etapa do processamento. */
export type ProcessingStep = {
  __typename?: 'ProcessingStep';
  at: Scalars['DateTimeISO']['output'];
  message: Maybe<Scalars['String']['output']>;
  stage: Scalars['String']['output'];
};

/** Produto anunciado no marketplace B2B. */
export type Product = {
  __typename?: 'Product';
  active: Scalars['Boolean']['output'];
  brand: Maybe<Brand>;
  category: Category;
  /** ST + 6 dígitos + letra de controle. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  images: Array<ProductImage>;
  /** O produto é da conta conectada. */
  isMine: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  price: Money;
  seller: Seller;
  specifications: Array<Specification>;
  stock: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  nodes: Array<Product>;
  pageInfo: PageInfo;
};

export type ProductImage = {
  __typename?: 'ProductImage';
  contentType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  size: Scalars['Int']['output'];
  /** Link assinado (expira em 1 hora). */
  url: Scalars['String']['output'];
};

export type ProductImageInput = {
  /** Bytes da imagem em base64 (PNG, JPEG ou WEBP; até 700 KB). */
  contentBase64: Scalars['String']['input'];
  filename: Scalars['String']['input'];
};

export type ProductSales = {
  __typename?: 'ProductSales';
  product: Product;
  quantity: Scalars['Int']['output'];
  revenue: Money;
};

export type ProductSearchFilter = {
  brandId?: InputMaybe<Scalars['ID']['input']>;
  /** Categoria (inclui as subcategorias). */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Preço máximo em centavos. */
  maxPrice?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Preço mínimo em centavos. */
  minPrice?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Conta vendedora. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Uma conta da qual você participa. */
  account: Maybe<Account>;
  /** Equipe: todas as contas da plataforma. */
  adminAccounts: AccountConnection;
  /** Equipe: contatos recebidos. */
  adminLeads: LeadConnection;
  /** Equipe: entregas de avisos por WhatsApp/registro em todas as contas (ex.: as que falharam). */
  adminNotificationDeliveries: NotificationDeliveryReportConnection;
  /** Modo da IA (offline ou com modelo) para o assistente e o consultor. */
  assistantStatus: AssistantStatus;
  /** Log de segurança da conta atual (donos e administradores). */
  auditLog: AuditEventConnection;
  /** Saldo ao longo do tempo (fim de cada dia, ou de cada mês). */
  balanceHistory: Array<BalancePoint>;
  /** Contas bancárias da empresa, com saldo. */
  bankAccounts: Array<BankAccount>;
  /** Bancos pelo código COMPE (lista fornecida com o sistema). */
  banks: Array<Bank>;
  /** Fluxo de caixa entre duas datas (AAAA-MM-DD): por mês e por categoria. */
  cashFlow: CashFlow;
  /** Regras de categorização, na ordem em que são aplicadas. */
  categorizationRules: Array<CategorizationRule>;
  consumerUnit: Maybe<ConsumerUnit>;
  /** Uma conversa sua, com as mensagens e citações. */
  conversation: Maybe<Conversation>;
  /** Suas conversas com o assistente (só as do seu usuário), mais recentes primeiro. */
  conversations: ConversationConnection;
  /** Calendário do DAS-MEI do ano, com valores pelas regras vigentes. */
  dasCalendar: Array<DasPayment>;
  document: Maybe<Document>;
  /** Documentos fiscais da conta, com filtros e busca em português. */
  documents: DocumentConnection;
  energyClient: Maybe<EnergyClient>;
  /** Titulares de energia da conta. */
  energyClients: Array<EnergyClient>;
  /** Resumo: titulares, unidades, faturas em aberto, custo e consumo dos últimos 12 meses. */
  energyOverview: EnergyOverview;
  execution: Maybe<Execution>;
  /** Análises do consultor executivo da conta, das mais recentes para as mais antigas. */
  executions: ExecutionConnection;
  fiscalProfile: FiscalProfile;
  /** Usinas do titular -> beneficiárias com percentuais, saldos, créditos a vencer e economia estimada (descontado o Fio B). */
  generationTree: GenerationTree;
  /** Perguntas que fiz (BUYER) ou recebi (SELLER). */
  inquiries: InquiryConnection;
  /** Público: detalhes de um convite pelo token. */
  invitation: InvitationPreview;
  invoice: Maybe<EnergyInvoice>;
  /** Link (expira em 10 minutos) do PDF da fatura; na primeira vez o robô baixa do portal e guarda. */
  invoicePdf: EnergyInvoicePdf;
  marketplaceBrands: Array<Brand>;
  /** Árvore de categorias do marketplace. */
  marketplaceCategories: Array<Category>;
  /** O usuário autenticado, com a conta atual. */
  me: User;
  /** Situação do limite do MEI no ano (padrão: o ano atual em Brasília). */
  meiLimit: MeiLimit;
  /** O cartão de vendedor da minha conta. */
  mySellerProfile: Seller;
  /** Seus avisos na conta atual, do mais novo ao mais antigo. */
  notifications: NotificationConnection;
  order: Maybe<Order>;
  /** Pedidos em que a conta é compradora (BUYER) ou vendedora (SELLER). */
  orders: OrderConnection;
  /** Cobranças da assinatura (donos e administradores). */
  paymentHistory: PaymentConnection;
  /** Público: os planos, com preços, módulos e limites. */
  plans: Array<Plan>;
  /** Um produto: meu, ou anúncio ativo de outra conta. */
  product: Maybe<Product>;
  /** Meus produtos (ativos e inativos). */
  products: ProductConnection;
  /** Confere o saldo: saldo inicial + soma dos lançamentos = saldo mantido. */
  reconcileBankAccount: BankAccountReconciliation;
  /** Faturamento exato de um mês (AAAA-MM). */
  revenue: MonthRevenue;
  /** Resumo de vendas da conta (como vendedora) entre duas datas AAAA-MM-DD. */
  salesSummary: SalesSummary;
  /** Catálogo: busca em português (sem acentos, tolera erros de digitação), com filtros; mais relevantes primeiro. */
  searchProducts: ProductConnection;
  /** Assinatura da conta atual. */
  subscription: AccountSubscription;
  transaction: Maybe<Transaction>;
  /** Lançamentos (mais recentes primeiro), com filtros. */
  transactions: TransactionConnection;
  /** Quantos avisos seus ainda não foram lidos (conta atual). */
  unreadNotificationCount: Scalars['Int']['output'];
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


export type QueryAdminNotificationDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<NotificationDeliveryStatus>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBalanceHistoryArgs = {
  bankAccountId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  granularity?: InputMaybe<BalanceGranularity>;
  to: Scalars['String']['input'];
};


export type QueryCashFlowArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryConsumerUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
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


export type QueryEnergyClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExecutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExecutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGenerationTreeArgs = {
  clientId: Scalars['ID']['input'];
  months?: Scalars['Int']['input'];
};


export type QueryInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role: OrderRole;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicePdfArgs = {
  invoiceId: Scalars['ID']['input'];
};


export type QueryMeiLimitArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role: OrderRole;
  status?: InputMaybe<OrderStatus>;
};


export type QueryPaymentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReconcileBankAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRevenueArgs = {
  month: Scalars['String']['input'];
};


export type QuerySalesSummaryArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QuerySearchProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** CONTAINS = contém o texto (sem acentos, sem maiúsculas); REGEX = expressão regular. */
export type RuleMatchType =
  | 'CONTAINS'
  | 'REGEX';

/** Vendas da conta conectada (como vendedora) no período, em datas de São Paulo. */
export type SalesSummary = {
  __typename?: 'SalesSummary';
  completedOrders: Scalars['Int']['output'];
  pendingOrders: Scalars['Int']['output'];
  revenue: Money;
  topProducts: Array<ProductSales>;
};

/** Cartão público de uma conta que vende no marketplace. */
export type Seller = {
  __typename?: 'Seller';
  accountId: Scalars['ID']['output'];
  city: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** UF. */
  state: Maybe<Scalars['String']['output']>;
  /** WhatsApp formatado, ex. (11) 98765-4321. */
  whatsapp: Maybe<Scalars['String']['output']>;
};

export type SellerProfileInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
  whatsapp?: InputMaybe<Scalars['String']['input']>;
};

export type SendInquiryInput = {
  message: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
};

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

export type Specification = {
  __typename?: 'Specification';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type SpecificationInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type StartCheckoutInput = {
  cycle: BillingCycle;
  planCode: Scalars['String']['input'];
};

export type StartExecutionInput = {
  /** Tipo de negócio (ex.: "loja de roupas", "MEI de serviços"). */
  businessType: Scalars['String']['input'];
  depth?: InputMaybe<AnalysisDepth>;
  /** O problema ou a decisão, em até 4.000 caracteres. */
  problemDescription: Scalars['String']['input'];
};

/** BASE64 = bytes do arquivo em base64; GZIP_BASE64 = bytes comprimidos com gzip e depois base64. */
export type StatementContentEncoding =
  | 'BASE64'
  | 'GZIP_BASE64';

export type StatementFormat =
  | 'CSV'
  | 'OFX';

/** Prévia de uma importação de extrato (expira em 1 hora). */
export type StatementImportPreview = {
  __typename?: 'StatementImportPreview';
  bankAccount: BankAccount;
  bankAccountId: Scalars['ID']['output'];
  duplicateCount: Scalars['Int']['output'];
  /** Codificação lida (utf-8, windows-1252, iso-8859-1). */
  encoding: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  /** OFX1 (SGML), OFX2 (XML) ou CSV. */
  format: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lineCount: Scalars['Int']['output'];
  /** Linhas da prévia (paginadas por offset/limit; padrão as 500 primeiras). */
  lines: Array<StatementLine>;
  newCount: Scalars['Int']['output'];
  /** Linhas com valor zero ignoradas. */
  skippedCount: Scalars['Int']['output'];
  /** Saídas novas. */
  totalExpense: Money;
  /** Entradas novas. */
  totalIncome: Money;
  /** Avisos para conferir antes de confirmar (por exemplo, um extrato OFX de outra conta). */
  warnings: Array<Scalars['String']['output']>;
};


/** Prévia de uma importação de extrato (expira em 1 hora). */
export type StatementImportPreviewLinesArgs = {
  duplicatesOnly?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type StatementImportResult = {
  __typename?: 'StatementImportResult';
  bankAccount: BankAccount;
  categorized: Scalars['SafeInt']['output'];
  duplicates: Scalars['SafeInt']['output'];
  id: Scalars['ID']['output'];
  imported: Scalars['SafeInt']['output'];
  /** Entradas marcadas como faturamento. */
  revenueCount: Scalars['SafeInt']['output'];
};

/** Uma linha do extrato na prévia. */
export type StatementLine = {
  __typename?: 'StatementLine';
  amount: Money;
  /** Categoria sugerida pelas regras. */
  category: Maybe<Scalars['String']['output']>;
  counterparty: Maybe<Scalars['String']['output']>;
  /** Conta como faturamento (só se uma regra disser; padrão não). */
  countsAsRevenue: Scalars['Boolean']['output'];
  date: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** Já importado nesta conta, ou repetido no próprio arquivo: não será importado. */
  duplicate: Scalars['Boolean']['output'];
  /** FITID (mesmo identificador do banco), HASH (mesma data, valor e descrição) ou IN_FILE (repetido no arquivo). */
  duplicateReason: Maybe<Scalars['String']['output']>;
  fitid: Maybe<Scalars['String']['output']>;
  /** Posição na prévia (0, 1, ...): use em confirmStatementImport. */
  index: Scalars['Int']['output'];
  kind: TransactionKind;
  /** Linha do arquivo. */
  line: Scalars['Int']['output'];
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
   * Live run of an executive consultant analysis: each agent started/finished, the stage (FRAMING ->
   * ANALYSIS -> CONFLICTS -> MEETING -> ARTIFACTS -> DONE, or FAILED) and the tokens so far. The final
   * event resolves `execution { ... }` (artifacts included) through the gateway.
   */
  agentExecution: AgentExecutionEvent;
  /**
   * Live answer of the fiscal assistant to one question, while it is written. Generate a new UUID for
   * each question, subscribe with it, then send it as `askAssistant(input: { streamId })`. Private to
   * the asking user: the channel is that of the token's account AND user, so another member of the
   * account subscribing with the same id receives nothing. QUEUED until the question arrives, then
   * RUNNING events with the whole answer written so far in `text` (not a delta: progress is throttled,
   * the latest text wins, and a late subscriber gets it in the snapshot), stage THINKING -> TOOLS (the
   * account's figures) -> ANSWER, then DONE with the full answer (equal to the mutation's `answer`) and
   * `conversationId`, or FAILED with the reason in `message` (e.g. the plan's AI tokens are used up).
   * Citations come with the mutation's result.
   */
  assistantAnswer: AssistantAnswerEvent;
  /**
   * Live reading of an uploaded fiscal document: STORED -> DETECTED -> PARSED | TEXT | OCR -> FIELDS ->
   * SAVED (or FAILED with the reason). The final event resolves `document { ... }` through the gateway.
   */
  documentProcessing: DocumentProcessingEvent;
  /**
   * Live portal sync of an energy client: LOGIN -> UNITS -> GD -> INVOICES (n of m units) -> DONE, or
   * FAILED (e.g. "Sessão expirada, conecte novamente"); per-unit errors travel in `errors`.
   */
  energySync: EnergySyncEvent;
  /** Progress of a background job of the caller's account. */
  jobProgress: JobProgressEvent;
};


/**
 * Router-owned subscriptions (graphql-ws on /graphql). Workers publish live events on Redis; the
 * router checks the token of connection_init, sends the current snapshot first, then every event in
 * `seq` order. Entity fields (e.g. `account`) are resolved through the gateway for each event.
 */
export type SubscriptionAgentExecutionArgs = {
  executionId: Scalars['ID']['input'];
};


/**
 * Router-owned subscriptions (graphql-ws on /graphql). Workers publish live events on Redis; the
 * router checks the token of connection_init, sends the current snapshot first, then every event in
 * `seq` order. Entity fields (e.g. `account`) are resolved through the gateway for each event.
 */
export type SubscriptionAssistantAnswerArgs = {
  streamId: Scalars['ID']['input'];
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
export type SubscriptionEnergySyncArgs = {
  clientId: Scalars['ID']['input'];
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

/** Lançamento financeiro (entrada ou saída) de uma conta bancária. */
export type Transaction = {
  __typename?: 'Transaction';
  /** Valor (sempre positivo; o tipo diz se entra ou sai). */
  amount: Money;
  bankAccount: BankAccount;
  category: Maybe<Scalars['String']['output']>;
  /** Código LC + 8 dígitos + letra de controle. */
  code: Scalars['String']['output'];
  counterparty: Maybe<Scalars['String']['output']>;
  /** Entrada que conta como faturamento (limite do MEI). */
  countsAsRevenue: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** AAAA-MM-DD */
  date: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: TransactionKind;
};

export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  edges: Array<TransactionEdge>;
  nodes: Array<Transaction>;
  pageInfo: PageInfo;
  /** Total de lançamentos com os filtros (todas as páginas). */
  totalCount: Scalars['Int']['output'];
};

export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  cursor: Scalars['String']['output'];
  node: Transaction;
};

export type TransactionFilter = {
  bankAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** Categoria exata; "" = sem categoria. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Data inicial AAAA-MM-DD. */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<TransactionKind>;
  /** Busca na descrição, contraparte ou código (sem acentos). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Data final AAAA-MM-DD. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** INCOME = entrada; EXPENSE = saída. */
export type TransactionKind =
  | 'EXPENSE'
  | 'INCOME';

export type UpdateCategoryInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

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

export type UpdateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  brandId?: InputMaybe<Scalars['ID']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  priceCents?: InputMaybe<Scalars['SafeInt']['input']>;
  specifications?: InputMaybe<Array<SpecificationInput>>;
  stock?: InputMaybe<Scalars['Int']['input']>;
};

/** Seus dados pessoais. Campos omitidos ficam como estão. */
export type UpdateProfileInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  /** DDD + número; vazio ou null remove o número (avisos deixam de ir por WhatsApp). */
  whatsapp?: InputMaybe<Scalars['String']['input']>;
};

/** Só os campos informados mudam; category/counterparty/description null limpam o campo. */
export type UpdateTransactionInput = {
  amountCents?: InputMaybe<Scalars['SafeInt']['input']>;
  bankAccountId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  counterparty?: InputMaybe<Scalars['String']['input']>;
  countsAsRevenue?: InputMaybe<Scalars['Boolean']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<TransactionKind>;
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

export type AssistantStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AssistantStatusQuery = { __typename?: 'Query', assistantStatus: { __typename?: 'AssistantStatus', offline: boolean, model: string, semanticSearch: boolean } };

export type ConversationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationsQuery = { __typename?: 'Query', conversations: { __typename?: 'ConversationConnection', nodes: Array<{ __typename?: 'ConversationSummary', id: string, mode: ConversationMode, title: string, updatedAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationQuery = { __typename?: 'Query', conversation: { __typename?: 'Conversation', id: string, mode: ConversationMode, title: string, messages: Array<{ __typename?: 'AssistantMessage', id: string, role: string, content: string, offline: boolean, createdAt: string, citations: Array<{ __typename?: 'Citation', kind: CitationKind, number: number | null, documentId: string | null, field: string | null, sectionId: string | null, title: string, label: string, excerpt: string, link: string | null }> }> } | null };

export type AskAssistantMutationVariables = Exact<{
  input: AskAssistantInput;
}>;


export type AskAssistantMutation = { __typename?: 'Mutation', askAssistant: { __typename?: 'AssistantAnswer', answer: string, conversationId: string, messageId: string, offline: boolean, citations: Array<{ __typename?: 'Citation', kind: CitationKind, number: number | null, documentId: string | null, field: string | null, sectionId: string | null, title: string, label: string, excerpt: string, link: string | null }> } };

export type AssistantAnswerSubscriptionVariables = Exact<{
  streamId: Scalars['ID']['input'];
}>;


export type AssistantAnswerSubscription = { __typename?: 'Subscription', assistantAnswer: { __typename?: 'AssistantAnswerEvent', streamId: string, seq: number, state: LiveState, stage: string | null, text: string | null, message: string | null } };

export type DeleteConversationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteConversationMutation = { __typename?: 'Mutation', deleteConversation: boolean };

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

export type ConsultantStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsultantStatusQuery = { __typename?: 'Query', assistantStatus: { __typename?: 'AssistantStatus', offline: boolean, model: string } };

export type StartExecutionMutationVariables = Exact<{
  input: StartExecutionInput;
}>;


export type StartExecutionMutation = { __typename?: 'Mutation', startExecution: { __typename?: 'Execution', id: string, status: ExecutionStatus, depth: AnalysisDepth, offline: boolean } };

export type ExecutionListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExecutionListQuery = { __typename?: 'Query', executions: { __typename?: 'ExecutionConnection', nodes: Array<{ __typename?: 'Execution', id: string, problemDescription: string, businessType: string, depth: AnalysisDepth, status: ExecutionStatus, offline: boolean, tokensUsed: number, createdAt: string, durationMs: number | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ExecutionDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExecutionDetailQuery = { __typename?: 'Query', execution: { __typename?: 'Execution', id: string, problemDescription: string, businessType: string, depth: AnalysisDepth, status: ExecutionStatus, stage: string | null, offline: boolean, tokensUsed: number, failureReason: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, durationMs: number | null, framing: { __typename?: 'ExecutionFraming', question: string, keyFigures: Array<string>, summary: string } | null, agents: Array<{ __typename?: 'ExecutionAgent', role: ConsultantAgent, label: string, status: ExecutionAgentStatus, tokens: number, method: string | null, summary: string | null, toolCalls: Array<string>, unavailableData: Array<string>, findings: Array<{ __typename?: 'AgentFinding', text: string, source: string }> }>, conflicts: Array<{ __typename?: 'ExecutionConflict', id: string, kind: ExecutionConflictKind, agents: Array<ConsultantAgent>, description: string, severity: ConsultantLevel }>, meeting: { __typename?: 'ExecutionMeeting', consensus: boolean, rounds: Array<{ __typename?: 'MeetingRound', number: number, statements: Array<{ __typename?: 'MeetingStatement', agent: ConsultantAgent, text: string }> }>, resolutions: Array<{ __typename?: 'MeetingResolution', conflictId: string, decision: string, round: number }> } | null, artifacts: { __typename?: 'ExecutionArtifacts', summary: string, actionPlan: Array<{ __typename?: 'ExecutionActionItem', action: string, ownerRole: string, agent: ConsultantAgent, deadline: string, priority: ConsultantLevel, budget: { __typename?: 'Money', cents: any, formatted: string } }>, risks: Array<{ __typename?: 'ExecutionRisk', description: string, probability: ConsultantLevel, impact: ConsultantLevel, mitigation: string }>, kpis: Array<{ __typename?: 'ExecutionKpi', name: string, unit: KpiUnit, current: number | null, target: number | null, currentText: string, targetText: string, source: string }> } | null } | null };

export type AgentExecutionSubscriptionVariables = Exact<{
  executionId: Scalars['ID']['input'];
}>;


export type AgentExecutionSubscription = { __typename?: 'Subscription', agentExecution: { __typename?: 'AgentExecutionEvent', executionId: string, seq: number, state: LiveState, stage: string | null, percent: number | null, message: string | null, at: string, agent: ConsultantAgent | null, agentStatus: string | null, tokens: number | null, agents: Array<{ __typename?: 'AgentProgress', role: ConsultantAgent, status: string, tokens: number }> | null, execution: { __typename?: 'Execution', id: string, status: ExecutionStatus } | null } };

export type DeleteExecutionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteExecutionMutation = { __typename?: 'Mutation', deleteExecution: boolean };

export type ExportExecutionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  format: ExecutionExportFormat;
}>;


export type ExportExecutionMutation = { __typename?: 'Mutation', exportExecution: { __typename?: 'ExecutionExport', url: string, filename: string, format: ExecutionExportFormat } };

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

export type EnergyClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnergyClientsQuery = { __typename?: 'Query', energyClients: Array<{ __typename?: 'EnergyClient', id: string, name: string, taxId: string, phoneLastDigits: string, status: EnergyClientStatus, statusMessage: string | null, lastSyncAt: string | null, lastSyncStatus: string | null, lastSyncMessage: string | null, lastSyncErrors: Array<{ __typename?: 'EnergyUnitError', uc: string, message: string }> }>, energyOverview: { __typename?: 'EnergyOverview', clients: number, units: number, overdueCount: number, last12MonthsKwh: number, openAmount: { __typename?: 'Money', formatted: string }, overdueAmount: { __typename?: 'Money', formatted: string }, last12MonthsCost: { __typename?: 'Money', formatted: string } } };

export type EnergyUnitsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnergyUnitsQuery = { __typename?: 'Query', energyClient: { __typename?: 'EnergyClient', id: string, units: Array<{ __typename?: 'ConsumerUnit', id: string, uc: string, cdc: string | null, address: string | null, tariffClass: string | null, generator: boolean, creditBalanceKwh: number, parentUc: string | null, allocationPercent: number | null, lastError: string | null }> } | null };

export type UnitInvoicesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnitInvoicesQuery = { __typename?: 'Query', consumerUnit: { __typename?: 'ConsumerUnit', id: string, invoices: { __typename?: 'EnergyInvoiceConnection', nodes: Array<{ __typename?: 'EnergyInvoice', id: string, referenceMonth: string, dueDate: string, status: EnergyInvoiceStatus, kwh: number, amount: { __typename?: 'Money', formatted: string } }> } } | null };

export type InvoiceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceDetailQuery = { __typename?: 'Query', invoice: { __typename?: 'EnergyInvoice', id: string, referenceMonth: string, dueDate: string, status: EnergyInvoiceStatus, kwh: number, barcodeLine: string, formattedBarcodeLine: string, barcodeValid: boolean, pixCopyPaste: string | null, pixValid: boolean | null, amount: { __typename?: 'Money', formatted: string }, items: Array<{ __typename?: 'EnergyInvoiceItem', description: string, amount: { __typename?: 'Money', formatted: string, cents: any } }>, unit: { __typename?: 'ConsumerUnit', id: string, uc: string } } | null };

export type InvoicePdfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoicePdfQuery = { __typename?: 'Query', invoicePdf: { __typename?: 'EnergyInvoicePdf', url: string, expiresAt: string } };

export type GenerationTreeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  months: Scalars['Int']['input'];
}>;


export type GenerationTreeQuery = { __typename?: 'Query', generationTree: { __typename?: 'GenerationTree', months: number, estimatedSavings: { __typename?: 'Money', formatted: string }, plants: Array<{ __typename?: 'GenerationPlant', balanceKwh: number, treeBalanceKwh: number, referenceMonth: string | null, injectedKwh: number | null, receivedKwh: number | null, compensatedKwh: number | null, accessRequestedOn: string | null, fioBExempt: boolean, allocatedPercent: number, retainedPercent: number, expiringKwh: number, fioBSharePercent: number, unit: { __typename?: 'ConsumerUnit', id: string, uc: string, address: string | null }, expiringCredits: Array<{ __typename?: 'EnergyCredit', originMonth: string, kwh: number, expiresMonth: string }>, averageTariffPerKwh: { __typename?: 'Money', formatted: string }, estimatedSavings: { __typename?: 'Money', formatted: string }, beneficiaries: Array<{ __typename?: 'GenerationBeneficiary', percent: number, balanceKwh: number, receivedKwh: number | null, compensatedKwh: number | null, expiringKwh: number, unit: { __typename?: 'ConsumerUnit', id: string, uc: string, address: string | null } }> }> } };

export type CreateEnergyClientMutationVariables = Exact<{
  input: CreateEnergyClientInput;
}>;


export type CreateEnergyClientMutation = { __typename?: 'Mutation', createEnergyClient: { __typename?: 'EnergyClient', id: string, status: EnergyClientStatus } };

export type StartPortalLoginMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartPortalLoginMutation = { __typename?: 'Mutation', startPortalLogin: { __typename?: 'EnergyClient', id: string, status: EnergyClientStatus, statusMessage: string | null } };

export type ConfirmPortalLoginMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type ConfirmPortalLoginMutation = { __typename?: 'Mutation', confirmPortalLogin: { __typename?: 'EnergyClient', id: string, status: EnergyClientStatus, statusMessage: string | null } };

export type SyncEnergyClientMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SyncEnergyClientMutation = { __typename?: 'Mutation', syncEnergyClient: { __typename?: 'EnergyClient', id: string, lastSyncStatus: string | null } };

export type DeleteEnergyClientMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteEnergyClientMutation = { __typename?: 'Mutation', deleteEnergyClient: boolean };

export type EnergySyncSubscriptionVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type EnergySyncSubscription = { __typename?: 'Subscription', energySync: { __typename?: 'EnergySyncEvent', clientId: string, seq: number, at: string, state: LiveState, stage: string | null, percent: number | null, message: string | null, unitsDone: number | null, unitsTotal: number | null, errors: Array<{ __typename?: 'EnergySyncUnitError', uc: string, message: string }> | null, client: { __typename?: 'EnergyClient', id: string, status: EnergyClientStatus, statusMessage: string | null, lastSyncStatus: string | null, lastSyncMessage: string | null, lastSyncAt: string | null } | null } };

export type BankAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BankAccountsQuery = { __typename?: 'Query', bankAccounts: Array<{ __typename?: 'BankAccount', id: string, name: string, bankCode: string, bankName: string, agency: string, number: string, kind: BankAccountKind, openingBalance: { __typename?: 'Money', cents: any, formatted: string }, balance: { __typename?: 'Money', cents: any, formatted: string } }>, banks: Array<{ __typename?: 'Bank', code: string, shortName: string }> };

export type CreateBankAccountMutationVariables = Exact<{
  input: CreateBankAccountInput;
}>;


export type CreateBankAccountMutation = { __typename?: 'Mutation', createBankAccount: { __typename?: 'BankAccount', id: string, name: string, balance: { __typename?: 'Money', formatted: string } } };

export type FinanceTransactionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
}>;


export type FinanceTransactionsQuery = { __typename?: 'Query', transactions: { __typename?: 'TransactionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Transaction', id: string, code: string, kind: TransactionKind, category: string | null, date: string, counterparty: string | null, description: string | null, countsAsRevenue: boolean, amount: { __typename?: 'Money', cents: any, formatted: string }, bankAccount: { __typename?: 'BankAccount', id: string, name: string } }> } };

export type CreateFinanceTransactionMutationVariables = Exact<{
  input: CreateTransactionInput;
}>;


export type CreateFinanceTransactionMutation = { __typename?: 'Mutation', createTransaction: { __typename?: 'Transaction', id: string, code: string } };

export type UpdateFinanceTransactionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTransactionInput;
}>;


export type UpdateFinanceTransactionMutation = { __typename?: 'Mutation', updateTransaction: { __typename?: 'Transaction', id: string, category: string | null, countsAsRevenue: boolean, bankAccount: { __typename?: 'BankAccount', id: string, balance: { __typename?: 'Money', formatted: string } } } };

export type DeleteFinanceTransactionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteFinanceTransactionMutation = { __typename?: 'Mutation', deleteTransaction: boolean };

export type CashFlowQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type CashFlowQuery = { __typename?: 'Query', cashFlow: { __typename?: 'CashFlow', from: string, to: string, totalIncome: { __typename?: 'Money', cents: any, formatted: string }, totalExpense: { __typename?: 'Money', cents: any, formatted: string }, net: { __typename?: 'Money', cents: any, formatted: string }, months: Array<{ __typename?: 'CashFlowMonth', month: string, income: { __typename?: 'Money', cents: any, formatted: string }, expense: { __typename?: 'Money', cents: any, formatted: string }, net: { __typename?: 'Money', cents: any, formatted: string } }>, categories: Array<{ __typename?: 'CategoryTotal', category: string, kind: TransactionKind, count: number, total: { __typename?: 'Money', cents: any, formatted: string } }> } };

export type StatementPreviewMutationVariables = Exact<{
  input: PreviewStatementImportInput;
}>;


export type StatementPreviewMutation = { __typename?: 'Mutation', previewStatementImport: { __typename?: 'StatementImportPreview', id: string, format: string, encoding: string, expiresAt: string, warnings: Array<string>, lineCount: number, newCount: number, duplicateCount: number, skippedCount: number, totalIncome: { __typename?: 'Money', formatted: string }, totalExpense: { __typename?: 'Money', formatted: string }, lines: Array<{ __typename?: 'StatementLine', index: number, line: number, date: string, kind: TransactionKind, description: string, counterparty: string | null, duplicate: boolean, duplicateReason: string | null, category: string | null, countsAsRevenue: boolean, amount: { __typename?: 'Money', formatted: string } }> } };

export type StatementConfirmMutationVariables = Exact<{
  importId: Scalars['ID']['input'];
  input?: InputMaybe<ConfirmStatementImportInput>;
}>;


export type StatementConfirmMutation = { __typename?: 'Mutation', confirmStatementImport: { __typename?: 'StatementImportResult', id: string, imported: any, duplicates: any, revenueCount: any, categorized: any, bankAccount: { __typename?: 'BankAccount', id: string, balance: { __typename?: 'Money', formatted: string } } } };

export type MeiDashboardQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MeiDashboardQuery = { __typename?: 'Query', meiLimit: { __typename?: 'MeiLimit', year: number, regime: string, applies: boolean, limitCents: any, proportional: boolean, months: number, revenueCents: any, remainingCents: any, percent: number, status: LimitStatus, meaning: string, excessMonth: string | null, notificationDeadline: string | null, projectedYearEndCents: any, projectedStatus: LimitStatus, monthly: Array<{ __typename?: 'MonthlyRevenue', month: string, revenueCents: any, cumulativeCents: any }>, alertsSent: Array<{ __typename?: 'LimitAlert', level: number, at: string }> }, dasCalendar: Array<{ __typename?: 'DasPayment', competence: string, dueDate: string, amountCents: any | null, overdue: boolean }>, me: { __typename?: 'User', id: string, account: { __typename?: 'Account', id: string, revenueSummary: { __typename?: 'RevenueSummary', year: number, yearToDateCents: any, thisMonthCents: any, lastMonthCents: any, percent: number, status: LimitStatus } | null } | null } };

export type FiscalProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type FiscalProfileQuery = { __typename?: 'Query', fiscalProfile: { __typename?: 'FiscalProfile', regime: MeiRegime, openingDate: string | null, activity: MeiActivity, countDocuments: boolean, countFinance: boolean, countMarketplace: boolean } };

export type UpdateFiscalProfileMutationVariables = Exact<{
  input: FiscalProfileInput;
}>;


export type UpdateFiscalProfileMutation = { __typename?: 'Mutation', updateFiscalProfile: { __typename?: 'FiscalProfile', regime: MeiRegime, openingDate: string | null, activity: MeiActivity, countDocuments: boolean, countFinance: boolean, countMarketplace: boolean } };

export type MarketplaceRefsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceRefsQuery = { __typename?: 'Query', marketplaceCategories: Array<{ __typename?: 'Category', id: string, slug: string, name: string, parentId: string | null }>, marketplaceBrands: Array<{ __typename?: 'Brand', id: string, name: string }> };

export type SearchProductsQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchProductsQuery = { __typename?: 'Query', searchProducts: { __typename?: 'ProductConnection', nodes: Array<{ __typename?: 'Product', id: string, code: string, name: string, stock: number, isMine: boolean, price: { __typename?: 'Money', cents: any, formatted: string }, category: { __typename?: 'Category', id: string, name: string }, brand: { __typename?: 'Brand', id: string, name: string } | null, seller: { __typename?: 'Seller', accountId: string, displayName: string, city: string | null, state: string | null }, images: Array<{ __typename?: 'ProductImage', id: string, url: string }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ProductDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductDetailQuery = { __typename?: 'Query', product: { __typename?: 'Product', id: string, code: string, name: string, description: string, stock: number, active: boolean, isMine: boolean, price: { __typename?: 'Money', cents: any, formatted: string }, specifications: Array<{ __typename?: 'Specification', key: string, value: string }>, category: { __typename?: 'Category', id: string, name: string }, brand: { __typename?: 'Brand', id: string, name: string } | null, seller: { __typename?: 'Seller', accountId: string, displayName: string, city: string | null, state: string | null, whatsapp: string | null }, images: Array<{ __typename?: 'ProductImage', id: string, url: string, contentType: string }> } | null };

export type MyProductsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', nodes: Array<{ __typename?: 'Product', id: string, code: string, name: string, description: string, stock: number, active: boolean, price: { __typename?: 'Money', cents: any, formatted: string }, specifications: Array<{ __typename?: 'Specification', key: string, value: string }>, category: { __typename?: 'Category', id: string, name: string }, brand: { __typename?: 'Brand', id: string, name: string } | null, images: Array<{ __typename?: 'ProductImage', id: string, url: string }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct: { __typename?: 'Product', id: string, code: string } };

export type UpdateProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', updateProduct: { __typename?: 'Product', id: string, stock: number, active: boolean, price: { __typename?: 'Money', cents: any, formatted: string } } };

export type DeleteProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteProductMutation = { __typename?: 'Mutation', deleteProduct: boolean };

export type AddProductImageMutationVariables = Exact<{
  productId: Scalars['ID']['input'];
  input: ProductImageInput;
}>;


export type AddProductImageMutation = { __typename?: 'Mutation', addProductImage: { __typename?: 'Product', id: string, images: Array<{ __typename?: 'ProductImage', id: string, url: string }> } };

export type RemoveProductImageMutationVariables = Exact<{
  productId: Scalars['ID']['input'];
  imageId: Scalars['ID']['input'];
}>;


export type RemoveProductImageMutation = { __typename?: 'Mutation', removeProductImage: { __typename?: 'Product', id: string, images: Array<{ __typename?: 'ProductImage', id: string, url: string }> } };

export type MarketplaceOrdersQueryVariables = Exact<{
  role: OrderRole;
  status?: InputMaybe<OrderStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MarketplaceOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', id: string, status: OrderStatus, myRole: OrderRole, quantity: number, productName: string, productCode: string, createdAt: string, completedAt: string | null, cancelledAt: string | null, cancelledBy: OrderRole | null, whatsappUrl: string | null, unitPrice: { __typename?: 'Money', formatted: string }, total: { __typename?: 'Money', formatted: string }, product: { __typename?: 'Product', id: string } | null, seller: { __typename?: 'Seller', accountId: string, displayName: string }, buyer: { __typename?: 'Seller', accountId: string, displayName: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { __typename?: 'Mutation', placeOrder: { __typename?: 'Order', id: string, status: OrderStatus, whatsappUrl: string | null, total: { __typename?: 'Money', formatted: string } } };

export type ConfirmOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmOrderMutation = { __typename?: 'Mutation', confirmOrder: { __typename?: 'Order', id: string, status: OrderStatus } };

export type CancelOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelOrderMutation = { __typename?: 'Mutation', cancelOrder: { __typename?: 'Order', id: string, status: OrderStatus } };

export type SendInquiryMutationVariables = Exact<{
  input: SendInquiryInput;
}>;


export type SendInquiryMutation = { __typename?: 'Mutation', sendInquiry: { __typename?: 'Inquiry', id: string } };

export type MarketplaceInquiriesQueryVariables = Exact<{
  role: OrderRole;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MarketplaceInquiriesQuery = { __typename?: 'Query', inquiries: { __typename?: 'InquiryConnection', nodes: Array<{ __typename?: 'Inquiry', id: string, message: string, createdAt: string, answer: string | null, answeredAt: string | null, product: { __typename?: 'Product', id: string, name: string } | null, buyer: { __typename?: 'Seller', displayName: string }, seller: { __typename?: 'Seller', displayName: string } }> } };

export type AnswerInquiryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
}>;


export type AnswerInquiryMutation = { __typename?: 'Mutation', answerInquiry: { __typename?: 'Inquiry', id: string, answer: string | null, answeredAt: string | null } };

export type MySellerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MySellerProfileQuery = { __typename?: 'Query', mySellerProfile: { __typename?: 'Seller', accountId: string, displayName: string, whatsapp: string | null, city: string | null, state: string | null } };

export type UpdateSellerProfileMutationVariables = Exact<{
  input: SellerProfileInput;
}>;


export type UpdateSellerProfileMutation = { __typename?: 'Mutation', updateSellerProfile: { __typename?: 'Seller', accountId: string, displayName: string, whatsapp: string | null, city: string | null, state: string | null } };

export type SalesSummaryQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type SalesSummaryQuery = { __typename?: 'Query', salesSummary: { __typename?: 'SalesSummary', completedOrders: number, pendingOrders: number, revenue: { __typename?: 'Money', formatted: string }, topProducts: Array<{ __typename?: 'ProductSales', quantity: number, product: { __typename?: 'Product', id: string, name: string }, revenue: { __typename?: 'Money', formatted: string } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, name: string, email: string, whatsapp: string | null, staff: boolean, role: Role | null, account: { __typename?: 'Account', id: string, name: string, taxId: string, taxIdKind: TaxIdKind, status: AccountStatus, planCode: string, modules: Array<string> } | null, memberships: Array<{ __typename?: 'Membership', role: Role, account: { __typename?: 'Account', id: string, name: string } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type RecentNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecentNotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: { __typename?: 'NotificationConnection', nodes: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, link: string | null, readAt: string | null, createdAt: string, deliveries: Array<{ __typename?: 'NotificationDelivery', channel: NotificationChannel, status: NotificationDeliveryStatus, deliveredAt: string | null, readAt: string | null }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, readAt: string | null } };

export type ResendNotificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  channel: NotificationChannel;
}>;


export type ResendNotificationMutation = { __typename?: 'Mutation', resendNotification: { __typename?: 'Notification', id: string, deliveries: Array<{ __typename?: 'NotificationDelivery', channel: NotificationChannel, status: NotificationDeliveryStatus }> } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

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

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', id: string, name: string, whatsapp: string | null } };

export const AuthSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthSessionFragment, unknown>;
export const AssistantStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistantStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"semanticSearch"}}]}}]}}]} as unknown as DocumentNode<AssistantStatusQuery, AssistantStatusQueryVariables>;
export const ConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const AskAssistantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskAssistant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskAssistantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askAssistant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]} as unknown as DocumentNode<AskAssistantMutation, AskAssistantMutationVariables>;
export const AssistantAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AssistantAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AssistantAnswerSubscription, AssistantAnswerSubscriptionVariables>;
export const DeleteConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteConversationMutation, DeleteConversationMutationVariables>;
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
export const ConsultantStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultantStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistantStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]} as unknown as DocumentNode<ConsultantStatusQuery, ConsultantStatusQueryVariables>;
export const StartExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartExecutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}}]}}]}}]} as unknown as DocumentNode<StartExecutionMutation, StartExecutionMutationVariables>;
export const ExecutionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExecutionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"businessType"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExecutionListQuery, ExecutionListQueryVariables>;
export const ExecutionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExecutionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"execution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"businessType"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"offline"}},{"kind":"Field","name":{"kind":"Name","value":"tokensUsed"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"framing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableData"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consensus"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflictId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"round"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRole"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExecutionDetailQuery, ExecutionDetailQueryVariables>;
export const AgentExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AgentExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"executionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"executionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"executionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executionId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"agentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"execution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AgentExecutionSubscription, AgentExecutionSubscriptionVariables>;
export const DeleteExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteExecutionMutation, DeleteExecutionMutationVariables>;
export const ExportExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExecutionExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}}]}}]} as unknown as DocumentNode<ExportExecutionMutation, ExportExecutionMutationVariables>;
export const CreateUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}}]}}]} as unknown as DocumentNode<CreateUploadMutation, CreateUploadMutationVariables>;
export const CompleteUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<CompleteUploadMutation, CompleteUploadMutationVariables>;
export const DocumentProcessingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DocumentProcessing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentProcessing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentProcessingSubscription, DocumentProcessingSubscriptionVariables>;
export const DocumentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentListQuery, DocumentListQueryVariables>;
export const DocumentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"accessKey"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"processedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ncm"}},{"kind":"Field","name":{"kind":"Name","value":"cfop"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}}]}}]}}]} as unknown as DocumentNode<DocumentDetailQuery, DocumentDetailQueryVariables>;
export const UpdateDocumentFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocumentFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldEditInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocumentFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDocumentFieldsMutation, UpdateDocumentFieldsMutationVariables>;
export const DeleteDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDocumentMutation, DeleteDocumentMutationVariables>;
export const ReprocessDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReprocessDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reprocessDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]}}]} as unknown as DocumentNode<ReprocessDocumentMutation, ReprocessDocumentMutationVariables>;
export const EnergyClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"phoneLastDigits"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uc"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"energyOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last12MonthsCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last12MonthsKwh"}}]}}]}}]} as unknown as DocumentNode<EnergyClientsQuery, EnergyClientsQueryVariables>;
export const EnergyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energyClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uc"}},{"kind":"Field","name":{"kind":"Name","value":"cdc"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"tariffClass"}},{"kind":"Field","name":{"kind":"Name","value":"generator"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalanceKwh"}},{"kind":"Field","name":{"kind":"Name","value":"parentUc"}},{"kind":"Field","name":{"kind":"Name","value":"allocationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]}}]} as unknown as DocumentNode<EnergyUnitsQuery, EnergyUnitsQueryVariables>;
export const UnitInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumerUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitInvoicesQuery, UnitInvoicesQueryVariables>;
export const InvoiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"barcodeLine"}},{"kind":"Field","name":{"kind":"Name","value":"formattedBarcodeLine"}},{"kind":"Field","name":{"kind":"Name","value":"barcodeValid"}},{"kind":"Field","name":{"kind":"Name","value":"pixCopyPaste"}},{"kind":"Field","name":{"kind":"Name","value":"pixValid"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uc"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailQuery, InvoiceDetailQueryVariables>;
export const InvoicePdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicePdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvoicePdfQuery, InvoicePdfQueryVariables>;
export const GenerationTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GenerationTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generationTree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedSavings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uc"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceKwh"}},{"kind":"Field","name":{"kind":"Name","value":"treeBalanceKwh"}},{"kind":"Field","name":{"kind":"Name","value":"referenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"injectedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"receivedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"compensatedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fioBExempt"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"retainedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expiringKwh"}},{"kind":"Field","name":{"kind":"Name","value":"expiringCredits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originMonth"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}},{"kind":"Field","name":{"kind":"Name","value":"expiresMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fioBSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"averageTariffPerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedSavings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"balanceKwh"}},{"kind":"Field","name":{"kind":"Name","value":"receivedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"compensatedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"expiringKwh"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uc"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GenerationTreeQuery, GenerationTreeQueryVariables>;
export const CreateEnergyClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnergyClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnergyClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnergyClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateEnergyClientMutation, CreateEnergyClientMutationVariables>;
export const StartPortalLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPortalLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPortalLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}}]}}]}}]} as unknown as DocumentNode<StartPortalLoginMutation, StartPortalLoginMutationVariables>;
export const ConfirmPortalLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPortalLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPortalLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}}]}}]}}]} as unknown as DocumentNode<ConfirmPortalLoginMutation, ConfirmPortalLoginMutationVariables>;
export const SyncEnergyClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncEnergyClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncEnergyClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncStatus"}}]}}]}}]} as unknown as DocumentNode<SyncEnergyClientMutation, SyncEnergyClientMutationVariables>;
export const DeleteEnergyClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEnergyClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnergyClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteEnergyClientMutation, DeleteEnergyClientMutationVariables>;
export const EnergySyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EnergySync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"energySync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"unitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"unitsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uc"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncAt"}}]}}]}}]}}]} as unknown as DocumentNode<EnergySyncSubscription, EnergySyncSubscriptionVariables>;
export const BankAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bankCode"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"banks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<BankAccountsQuery, BankAccountsQueryVariables>;
export const CreateBankAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBankAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBankAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBankAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBankAccountMutation, CreateBankAccountMutationVariables>;
export const FinanceTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinanceTransactionsQuery, FinanceTransactionsQueryVariables>;
export const CreateFinanceTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFinanceTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateFinanceTransactionMutation, CreateFinanceTransactionMutationVariables>;
export const UpdateFinanceTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFinanceTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFinanceTransactionMutation, UpdateFinanceTransactionMutationVariables>;
export const DeleteFinanceTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFinanceTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFinanceTransactionMutation, DeleteFinanceTransactionMutationVariables>;
export const CashFlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CashFlow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cashFlow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalExpense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"income"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CashFlowQuery, CashFlowQueryVariables>;
export const StatementPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewStatementImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewStatementImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"newCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalExpense"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"2000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateReason"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsRevenue"}}]}}]}}]}}]} as unknown as DocumentNode<StatementPreviewMutation, StatementPreviewMutationVariables>;
export const StatementConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmStatementImportInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmStatementImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCount"}},{"kind":"Field","name":{"kind":"Name","value":"categorized"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementConfirmMutation, StatementConfirmMutationVariables>;
export const MeiDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeiDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meiLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"limitCents"}},{"kind":"Field","name":{"kind":"Name","value":"proportional"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"excessMonth"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedYearEndCents"}},{"kind":"Field","name":{"kind":"Name","value":"projectedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"alertsSent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dasCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revenueSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearToDateCents"}},{"kind":"Field","name":{"kind":"Name","value":"thisMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonthCents"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeiDashboardQuery, MeiDashboardQueryVariables>;
export const FiscalProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiscalProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"openingDate"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"countDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"countFinance"}},{"kind":"Field","name":{"kind":"Name","value":"countMarketplace"}}]}}]}}]} as unknown as DocumentNode<FiscalProfileQuery, FiscalProfileQueryVariables>;
export const UpdateFiscalProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFiscalProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFiscalProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"openingDate"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"countDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"countFinance"}},{"kind":"Field","name":{"kind":"Name","value":"countMarketplace"}}]}}]}}]} as unknown as DocumentNode<UpdateFiscalProfileMutation, UpdateFiscalProfileMutationVariables>;
export const MarketplaceRefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceRefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceBrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MarketplaceRefsQuery, MarketplaceRefsQueryVariables>;
export const SearchProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchProductsQuery, SearchProductsQueryVariables>;
export const ProductDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"specifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"whatsapp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<ProductDetailQuery, ProductDetailQueryVariables>;
export const MyProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"specifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyProductsQuery, MyProductsQueryVariables>;
export const CreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const DeleteProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteProductMutation, DeleteProductMutationVariables>;
export const AddProductImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProductImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProductImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AddProductImageMutation, AddProductImageMutationVariables>;
export const RemoveProductImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveProductImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProductImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"imageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveProductImageMutation, RemoveProductImageMutationVariables>;
export const MarketplaceOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappUrl"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceOrdersQuery, MarketplaceOrdersQueryVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whatsappUrl"}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const ConfirmOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const SendInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendInquiryMutation, SendInquiryMutationVariables>;
export const MarketplaceInquiriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceInquiries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceInquiriesQuery, MarketplaceInquiriesQueryVariables>;
export const AnswerInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<AnswerInquiryMutation, AnswerInquiryMutationVariables>;
export const MySellerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySellerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySellerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"whatsapp"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MySellerProfileQuery, MySellerProfileQueryVariables>;
export const UpdateSellerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSellerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SellerProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSellerProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"whatsapp"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<UpdateSellerProfileMutation, UpdateSellerProfileMutationVariables>;
export const SalesSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOrders"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalesSummaryQuery, SalesSummaryQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"whatsapp"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"taxIdKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const RecentNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<RecentNotificationsQuery, RecentNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const ResendNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ResendNotificationMutation, ResendNotificationMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
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
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"whatsapp"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;