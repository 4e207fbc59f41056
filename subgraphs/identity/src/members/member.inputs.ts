import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema } from '../auth/auth.inputs';
import { RoleEnum } from '../users/user.types';

@InputType()
export class InviteMemberInput {
  @Field() email!: string;
  @Field(() => RoleEnum, { description: 'ADMIN ou MEMBER.' }) role!: RoleEnum;
}

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: z.enum(['admin', 'member'], { message: 'Convites são para ADMIN ou MEMBER.' }),
});

@InputType()
export class AcceptInvitationInput {
  @Field() token!: string;
  @Field({ nullable: true, description: 'Obrigatório para quem ainda não tem usuário.' }) name?: string;
  @Field() password!: string;
}

export const acceptInvitationSchema = z.object({
  token: z.string().min(20, 'Convite inválido.').max(200, 'Convite inválido.'),
  name: nameSchema.optional().nullable(),
  password: z.string().min(1, 'Informe a senha.').max(128, 'Senha longa demais.'),
});
export const newUserPasswordSchema = passwordSchema;

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID) memberId!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
}
