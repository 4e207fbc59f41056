import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ConnectionType } from '@prumo/kit';
import { emailSchema, nameSchema, whatsappSchema } from '../auth/auth.inputs';
import type { LeadEntity } from './lead.entity';

@ObjectType({ description: 'Contato recebido pelo formulário da página inicial.' })
export class Lead {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field() whatsapp!: string;
  @Field() message!: string;
  @Field() createdAt!: Date;
}

export const toLead = (e: LeadEntity): Lead => ({ id: e.id, name: e.name, email: e.email, whatsapp: e.whatsapp, message: e.message, createdAt: e.createdAt });

export const LeadConnection = ConnectionType(Lead, 'Lead');

@ObjectType()
export class LeadReceipt {
  @Field(() => ID) id!: string;
  @Field() receivedAt!: Date;
  @Field({ description: 'Mensagem de confirmação para mostrar ao visitante.' }) message!: string;
}

@InputType()
export class SubmitLeadInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field() whatsapp!: string;
  @Field() message!: string;
}

export const submitLeadSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  whatsapp: whatsappSchema,
  message: z.string().trim().min(5, 'Conte um pouco mais na mensagem.').max(2000, 'Mensagem longa demais (máx. 2000 caracteres).'),
});
