import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { parseIsoDate } from '@prumo/br';

export enum RegimeEnum {
  MEI = 'MEI',
  MEI_CAMINHONEIRO = 'MEI_CAMINHONEIRO',
  NOT_MEI = 'NOT_MEI',
}
registerEnumType(RegimeEnum, {
  name: 'MeiRegime',
  description: 'MEI, MEI_CAMINHONEIRO, ou NOT_MEI (LTDA, ME, EPP...: o limite do MEI, seus alertas e o DAS-MEI não se aplicam).',
});

export enum ActivityEnum {
  COMMERCE = 'COMMERCE',
  SERVICES = 'SERVICES',
  BOTH = 'BOTH',
}
registerEnumType(ActivityEnum, { name: 'MeiActivity', description: 'COMMERCE (ICMS), SERVICES (ISS) ou BOTH.' });

@ObjectType({ description: 'Perfil fiscal da conta: regime, abertura, atividade e fontes de faturamento contadas.' })
export class FiscalProfile {
  @Field(() => RegimeEnum) regime!: RegimeEnum;
  @Field(() => String, { nullable: true, description: 'Data de abertura (AAAA-MM-DD). No ano de abertura o limite é proporcional.' }) openingDate!: string | null;
  @Field(() => ActivityEnum) activity!: ActivityEnum;
  @Field({ description: 'Notas fiscais emitidas contam como faturamento.' }) countDocuments!: boolean;
  @Field({ description: 'Receitas do financeiro marcadas como faturamento contam.' }) countFinance!: boolean;
  @Field({ description: 'Vendas concluídas no marketplace contam (sem duplicar vendas com nota).' }) countMarketplace!: boolean;
}

@InputType()
export class FiscalProfileInput {
  @Field(() => RegimeEnum, { nullable: true }) regime?: RegimeEnum;
  @Field(() => String, { nullable: true }) openingDate?: string | null;
  @Field(() => ActivityEnum, { nullable: true }) activity?: ActivityEnum;
  @Field({ nullable: true }) countDocuments?: boolean;
  @Field({ nullable: true }) countFinance?: boolean;
  @Field({ nullable: true }) countMarketplace?: boolean;
}

export const fiscalProfileSchema = z.object({
  regime: z.enum(['MEI', 'MEI_CAMINHONEIRO', 'NOT_MEI']).optional(),
  openingDate: z
    .string()
    .nullable()
    .optional()
    .refine((d) => d === undefined || d === null || parseIsoDate(d) !== null, 'Data inválida: use AAAA-MM-DD.')
    .refine((d) => !d || d <= new Date().toISOString().slice(0, 10), 'A data de abertura não pode estar no futuro.')
    .refine((d) => !d || d >= '2009-07-01', 'O MEI existe desde julho de 2009.'),
  activity: z.enum(['COMMERCE', 'SERVICES', 'BOTH']).optional(),
  countDocuments: z.boolean().optional(),
  countFinance: z.boolean().optional(),
  countMarketplace: z.boolean().optional(),
});
