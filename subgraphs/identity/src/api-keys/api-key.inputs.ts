import { Field, InputType } from 'type-graphql';
import { z } from 'zod';

export const API_KEY_SCOPES = ['read', 'write'] as const;

@InputType()
export class CreateApiKeyInput {
  @Field() name!: string;
  @Field(() => [String], { description: 'read (consultas) e/ou write (mutações).' }) scopes!: string[];
}

export const createApiKeySchema = z.object({
  name: z.string().trim().min(2, 'Dê um nome à chave.').max(80, 'Nome longo demais.'),
  scopes: z
    .array(z.enum(API_KEY_SCOPES, { message: 'Escopo inválido: use read ou write.' }))
    .min(1, 'Escolha pelo menos um escopo.')
    .transform((s) => [...new Set(s)]),
});
