import { z } from 'zod';
import { isUuid } from '@prumo/kit';

export const askSchema = z.object({
  question: z
    .string({ error: 'Escreva sua pergunta.' })
    .trim()
    .min(2, { error: 'Escreva sua pergunta.' })
    .max(2000, { error: 'A pergunta pode ter até 2.000 caracteres.' }),
  conversationId: z
    .string()
    .nullish()
    .refine((v) => v === null || v === undefined || isUuid(v), { error: 'Conversa inválida.' }),
  mode: z.enum(['ASSISTANT', 'CHAT']).nullish(),
  streamId: z
    .string()
    .nullish()
    .refine((v) => v === null || v === undefined || isUuid(v), { error: 'Identificador da transmissão inválido: use um UUID.' }),
});
export type AskInput = z.infer<typeof askSchema>;
