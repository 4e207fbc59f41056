import { Field, ID, ObjectType } from 'type-graphql';
import type { ApiKeyEntity } from './api-key.entity';

@ObjectType({ description: 'Chave de API de um parceiro. O segredo só aparece na criação.' })
export class ApiKey {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Início visível da chave, para reconhecê-la.' }) prefix!: string;
  @Field(() => [String]) scopes!: string[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

export const toApiKey = (e: ApiKeyEntity): ApiKey => ({
  id: e.id,
  name: e.name,
  prefix: e.prefix,
  scopes: e.scopes,
  createdAt: e.createdAt,
  lastUsedAt: e.lastUsedAt,
  revokedAt: e.revokedAt,
});

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field({ description: 'A chave completa. Guarde agora: não será exibida de novo.' }) secret!: string;
}
