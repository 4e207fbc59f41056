import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Como a IA está respondendo nesta instalação.' })
export class AssistantStatus {
  @Field({ description: 'true = modo offline: respostas por regras e modelos, sem modelo de linguagem.' }) offline!: boolean;
  @Field({ description: 'Modelo de linguagem em uso ("prumo-offline" no modo offline).' }) model!: string;
  @Field({ description: 'Busca por similaridade (embeddings) ativa, além da busca textual.' }) semanticSearch!: boolean;
}
