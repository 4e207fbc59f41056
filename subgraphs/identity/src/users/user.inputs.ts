import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { nameSchema, whatsappSchema } from '../auth/auth.inputs';

@InputType({ description: 'Seus dados pessoais. Campos omitidos ficam como estão.' })
export class UpdateProfileInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => String, { nullable: true, description: 'DDD + número; vazio ou null remove o número (avisos deixam de ir por WhatsApp).' })
  whatsapp?: string | null;
}

export const updateProfileSchema = z.object({
  name: nameSchema.optional(),
  // '' and null clear the number; anything else must be a valid Brazilian mobile.
  whatsapp: z.union([z.literal('').transform(() => null), z.null(), whatsappSchema]).optional(),
});
