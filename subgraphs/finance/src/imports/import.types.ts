import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { z } from 'zod';
import { Money } from '@prumo/kit';
import { TransactionKindEnum } from '../transactions/transaction.types';

export enum StatementFormatEnum {
  OFX = 'OFX',
  CSV = 'CSV',
}
registerEnumType(StatementFormatEnum, { name: 'StatementFormat' });

export enum ContentEncodingEnum {
  BASE64 = 'BASE64',
  GZIP_BASE64 = 'GZIP_BASE64',
}
registerEnumType(ContentEncodingEnum, { name: 'StatementContentEncoding', description: 'BASE64 = bytes do arquivo em base64; GZIP_BASE64 = bytes comprimidos com gzip e depois base64.' });

export enum DecimalSeparatorEnum {
  COMMA = 'COMMA',
  DOT = 'DOT',
}
registerEnumType(DecimalSeparatorEnum, { name: 'DecimalSeparator', description: 'COMMA = 1.234,56 (padrão); DOT = 1,234.56.' });

@InputType({ description: 'Colunas do CSV (índices a partir de 0). Informe amountColumn, ou debitColumn e creditColumn.' })
export class CsvMappingInput {
  @Field({ description: '";" ou ","' }) delimiter!: string;
  @Field({ nullable: true, description: 'A primeira linha é o cabeçalho (padrão true).' }) hasHeader?: boolean;
  @Field(() => Int) dateColumn!: number;
  @Field(() => Int) descriptionColumn!: number;
  @Field(() => Int, { nullable: true, description: 'Valor com sinal (negativo = saída).' }) amountColumn?: number | null;
  @Field(() => Int, { nullable: true }) debitColumn?: number | null;
  @Field(() => Int, { nullable: true }) creditColumn?: number | null;
  @Field(() => Int, { nullable: true }) counterpartyColumn?: number | null;
  @Field(() => Int, { nullable: true, description: 'Identificador único do lançamento no banco, se houver.' }) idColumn?: number | null;
  @Field(() => DecimalSeparatorEnum, { nullable: true }) decimalSeparator?: DecimalSeparatorEnum;
}

@InputType()
export class PreviewStatementImportInput {
  @Field(() => ID) bankAccountId!: string;
  @Field(() => String, { nullable: true }) filename?: string | null;
  @Field({ description: 'O arquivo em base64 (até 10 MB descomprimido; comprima com gzip para arquivos grandes).' }) content!: string;
  @Field(() => ContentEncodingEnum, { nullable: true, description: 'Padrão BASE64.' }) encoding?: ContentEncodingEnum;
  @Field(() => StatementFormatEnum, { nullable: true, description: 'Detectado pelo conteúdo quando omitido.' }) format?: StatementFormatEnum;
  @Field(() => CsvMappingInput, { nullable: true, description: 'Obrigatório para CSV.' }) csv?: CsvMappingInput | null;
}

const col = z.number().int().min(0, 'Coluna inválida.').max(200, 'Coluna inválida.');
export const csvMappingSchema = z
  .object({
    delimiter: z.enum([';', ','], { message: 'Separador deve ser ";" ou ",".' }),
    hasHeader: z.boolean().nullish().transform((v) => v ?? true),
    dateColumn: col,
    descriptionColumn: col,
    amountColumn: col.nullish(),
    debitColumn: col.nullish(),
    creditColumn: col.nullish(),
    counterpartyColumn: col.nullish(),
    idColumn: col.nullish(),
    decimalSeparator: z.enum(['COMMA', 'DOT']).nullish().transform((v) => v ?? 'COMMA'),
  })
  .refine((m) => (m.amountColumn ?? null) !== null || ((m.debitColumn ?? null) !== null && (m.creditColumn ?? null) !== null), {
    path: ['amountColumn'],
    message: 'Informe a coluna do valor, ou as colunas de débito e crédito.',
  });

@ObjectType({ description: 'Uma linha do extrato na prévia.' })
export class StatementLine {
  @Field(() => Int, { description: 'Posição na prévia (0, 1, ...): use em confirmStatementImport.' }) index!: number;
  @Field(() => Int, { description: 'Linha do arquivo.' }) line!: number;
  @Field() date!: string;
  @Field(() => TransactionKindEnum) kind!: TransactionKindEnum;
  @Field(() => Money) amount!: Money;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) counterparty!: string | null;
  @Field(() => String, { nullable: true }) fitid!: string | null;
  @Field({ description: 'Já importado nesta conta, ou repetido no próprio arquivo: não será importado.' }) duplicate!: boolean;
  @Field(() => String, { nullable: true, description: 'FITID (mesmo identificador do banco), HASH (mesma data, valor e descrição) ou IN_FILE (repetido no arquivo).' })
  duplicateReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Categoria sugerida pelas regras.' }) category!: string | null;
  @Field({ description: 'Conta como faturamento (só se uma regra disser; padrão não).' }) countsAsRevenue!: boolean;
}

@ObjectType({ description: 'Prévia de uma importação de extrato (expira em 1 hora).' })
export class StatementImportPreview {
  @Field(() => ID) id!: string;
  @Field(() => ID) bankAccountId!: string;
  @Field({ description: 'OFX1 (SGML), OFX2 (XML) ou CSV.' }) format!: string;
  @Field({ description: 'Codificação lida (utf-8, windows-1252, iso-8859-1).' }) encoding!: string;
  @Field() expiresAt!: Date;
  @Field(() => Int) lineCount!: number;
  @Field(() => Int) newCount!: number;
  @Field(() => Int) duplicateCount!: number;
  @Field(() => Int, { description: 'Linhas com valor zero ignoradas.' }) skippedCount!: number;
  @Field(() => Money, { description: 'Entradas novas.' }) totalIncome!: Money;
  @Field(() => Money, { description: 'Saídas novas.' }) totalExpense!: Money;
  @Field(() => [String], { description: 'Avisos para conferir antes de confirmar (por exemplo, um extrato OFX de outra conta).' }) warnings!: string[];
  allLines!: StatementLine[];
}

@ObjectType()
export class StatementImportResult {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLSafeInt) imported!: number;
  @Field(() => GraphQLSafeInt) duplicates!: number;
  @Field(() => GraphQLSafeInt, { description: 'Entradas marcadas como faturamento.' }) revenueCount!: number;
  @Field(() => GraphQLSafeInt) categorized!: number;
  bankAccountId!: string;
}

@InputType()
export class ConfirmStatementImportInput {
  @Field(() => [Int], { nullable: true, description: 'Índices de entradas que contam como faturamento (além das marcadas pelas regras).' }) revenueLines?: number[];
  @Field(() => [Int], { nullable: true, description: 'Índices de entradas que NÃO contam como faturamento, mesmo que uma regra diga.' }) notRevenueLines?: number[];
  @Field(() => [Int], { nullable: true, description: 'Índices a não importar.' }) excludeLines?: number[];
}
