import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { validateCpf, validateTaxId } from '@prumo/br';

@InputType({ description: 'Cria um usuário e a conta (empresa ou MEI) da qual ele é dono.' })
export class SignUpInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field() password!: string;
  @Field({ description: 'Razão social ou nome fantasia.' }) companyName!: string;
  @Field({ description: 'CNPJ (numérico ou alfanumérico) ou CPF da conta.' }) taxId!: string;
  @Field({ nullable: true, description: 'CPF do usuário (permite entrar com o CPF).' }) cpf?: string;
  @Field({ nullable: true }) whatsapp?: string;
}

@InputType()
export class SignInInput {
  @Field({ description: 'E-mail ou CPF.' }) login!: string;
  @Field() password!: string;
}

const COMMON_PASSWORDS = new Set([
  '12345678', '123456789', '1234567890', 'password', 'password1', 'senha123', 'senha1234', 'qwerty123', '11111111',
  'abcd1234', 'mudar123', 'admin123', 'brasil123', 'iloveyou', '12341234', 'abc12345',
]);

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'E-mail longo demais.')
  .email('E-mail inválido.')
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string()
  .min(8, 'A senha precisa ter pelo menos 8 caracteres.')
  .max(128, 'A senha pode ter no máximo 128 caracteres.')
  .refine((p) => /[A-Za-zÀ-ÿ]/.test(p) && /\d/.test(p), 'A senha precisa ter letras e números.')
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), 'Esta senha é comum demais. Escolha outra.');

export const nameSchema = z.string().trim().min(2, 'Informe o nome.').max(120, 'Nome longo demais.');

/** Brazilian mobile: 55 + DDD + 8/9 digits, normalised to digits (E.164 without '+'). */
export const whatsappSchema = z
  .string()
  .transform((v) => v.replace(/\D/g, ''))
  .transform((d) => (d.length === 10 || d.length === 11 ? `55${d}` : d))
  .refine((d) => /^55[1-9]\d(9\d{8}|\d{8})$/.test(d), 'WhatsApp inválido. Use DDD + número.');

export const cpfSchema = z.string().transform((v, ctx) => {
  const r = validateCpf(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: `CPF inválido: ${r.message}` });
    return z.NEVER;
  }
  return r.value;
});

export const taxIdSchema = z.string().transform((v, ctx) => {
  const r = validateTaxId(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: `CNPJ/CPF inválido: ${r.message}` });
    return z.NEVER;
  }
  return { value: r.value, kind: r.kind };
});

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  companyName: z.string().trim().min(2, 'Informe o nome da empresa.').max(160, 'Nome da empresa longo demais.'),
  taxId: taxIdSchema,
  cpf: cpfSchema.optional().nullable(),
  whatsapp: whatsappSchema.optional().nullable(),
});

export const signInSchema = z.object({
  login: z.string().trim().min(1, 'Informe o e-mail ou CPF.').max(254, 'Login longo demais.'),
  password: z.string().min(1, 'Informe a senha.').max(128, 'Senha longa demais.'),
});
