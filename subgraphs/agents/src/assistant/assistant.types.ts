import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@prumo/kit';

export enum ConversationMode {
  ASSISTANT = 'ASSISTANT',
  CHAT = 'CHAT',
}
registerEnumType(ConversationMode, {
  name: 'ConversationMode',
  description: 'ASSISTANT: responde com seus documentos, a base de conhecimento do MEI e os números da conta, citando as fontes. CHAT: conversa livre, sem busca.',
});

export enum CitationKind {
  DOCUMENT = 'DOCUMENT',
  KNOWLEDGE = 'KNOWLEDGE',
  DATA = 'DATA',
}
registerEnumType(CitationKind, { name: 'CitationKind', description: 'DOCUMENT: um documento da conta; KNOWLEDGE: base de conhecimento do MEI; DATA: números da conta.' });

@ObjectType({ description: 'De onde veio uma afirmação da resposta.' })
export class Citation {
  @Field(() => CitationKind) kind!: CitationKind;
  @Field(() => Int, { nullable: true, description: 'Número da fonte na resposta ([S1] = 1).' }) number!: number | null;
  @Field(() => ID, { nullable: true, description: 'Documento citado (abre em /documentos?doc=<id>).' }) documentId!: string | null;
  @Field(() => String, { nullable: true, description: 'Campo do documento citado (fields, items) ou null para trecho do texto.' }) field!: string | null;
  @Field(() => String, { nullable: true, description: 'Seção da base de conhecimento (artigo#seção).' }) sectionId!: string | null;
  @Field() title!: string;
  @Field({ description: 'Rótulo do trecho: campo, seção ou dado.' }) label!: string;
  @Field({ description: 'Trecho citado.' }) excerpt!: string;
  @Field(() => String, { nullable: true, description: 'Onde abrir a fonte no app.' }) link!: string | null;
}

@ObjectType()
export class AssistantMessage {
  @Field(() => ID) id!: string;
  @Field({ description: 'user ou assistant.' }) role!: string;
  @Field() content!: string;
  @Field(() => [Citation]) citations!: Citation[];
  @Field({ description: 'Respondida pelo modelo offline.' }) offline!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType()
export class Conversation {
  @Field(() => ID) id!: string;
  @Field(() => ConversationMode) mode!: ConversationMode;
  @Field() title!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => [AssistantMessage], { description: 'Mensagens em ordem (até as 200 mais recentes).' }) messages!: AssistantMessage[];
}

@ObjectType()
export class ConversationSummary {
  @Field(() => ID) id!: string;
  @Field(() => ConversationMode) mode!: ConversationMode;
  @Field() title!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

export const ConversationConnection = ConnectionType(ConversationSummary, 'Conversation');

@ObjectType()
export class AssistantAnswer {
  @Field() answer!: string;
  @Field(() => [Citation]) citations!: Citation[];
  @Field(() => ID) conversationId!: string;
  @Field(() => ID) messageId!: string;
  @Field() offline!: boolean;
}

@InputType()
export class AskAssistantInput {
  @Field({ description: 'A pergunta (até 2.000 caracteres).' }) question!: string;
  @Field(() => ID, { nullable: true, description: 'Continua uma conversa; vazio = nova conversa.' }) conversationId?: string | null;
  @Field(() => ConversationMode, { nullable: true, description: 'Só para uma nova conversa (padrão ASSISTANT).' }) mode?: ConversationMode | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'UUID novo a cada pergunta, gerado pelo cliente: a resposta é transmitida enquanto é escrita na assinatura assistantAnswer(streamId), visível só para quem pergunta. Vazio = sem transmissão.',
  })
  streamId?: string | null;
}
