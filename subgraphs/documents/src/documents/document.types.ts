import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { formatTaxId } from '@prumo/br';
import { ConnectionType, money, Money } from '@prumo/kit';
import type { DocumentEntity } from './document.entity';

export enum DocumentStatusEnum {
  AWAITING_UPLOAD = 'AWAITING_UPLOAD',
  UPLOADED = 'UPLOADED',
  QUEUED = 'QUEUED',
  PROCESSING = 'PROCESSING',
  PROCESSED = 'PROCESSED',
  FAILED = 'FAILED',
}
registerEnumType(DocumentStatusEnum, { name: 'DocumentStatus' });

export enum DocumentKindEnum {
  NFE = 'NFE',
  NFCE = 'NFCE',
  NFSE = 'NFSE',
  NFE_CANCELLATION = 'NFE_CANCELLATION',
  NFSE_CANCELLATION = 'NFSE_CANCELLATION',
  RECEIPT = 'RECEIPT',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKindEnum, { name: 'DocumentKind' });

export enum DirectionEnum {
  ISSUED = 'ISSUED',
  RECEIVED = 'RECEIVED',
}
registerEnumType(DirectionEnum, { name: 'DocumentDirection', description: 'ISSUED = emitida pela conta (faturamento); RECEIVED = recebida.' });

@ObjectType()
export class Party {
  @Field(() => String, { nullable: true, description: 'CNPJ/CPF formatado.' }) taxId!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType({ description: 'Um campo extraído, com a confiança da leitura (1 = XML ou editado).' })
export class DocumentField {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => Float) confidence!: number;
  @Field({ description: 'XML, TEXT (camada de texto do PDF), OCR ou USER (editado).' }) source!: string;
  @Field() edited!: boolean;
}

@ObjectType()
export class DocumentItem {
  @Field(() => Int) position!: number;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) ncm!: string | null;
  @Field(() => String, { nullable: true }) cfop!: string | null;
  @Field() quantity!: string;
  @Field(() => Money, { nullable: true }) unitPrice!: Money | null;
  @Field(() => Money) total!: Money;
}

@ObjectType({ description: 'Uma etapa do processamento.' })
export class ProcessingStep {
  @Field() stage!: string;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field() at!: Date;
}

@ObjectType({ description: 'Documento fiscal enviado pela conta.' })
@Directive('@key(fields: "id")')
export class Document {
  @Field(() => ID) id!: string;
  @Field() filename!: string;
  @Field(() => DocumentStatusEnum) status!: DocumentStatusEnum;
  @Field(() => String, { nullable: true, description: 'Última etapa: STORED, DETECTED, PARSED, TEXT, OCR, FIELDS, SAVED, FAILED.' }) stage!: string | null;
  @Field(() => DocumentKindEnum, { nullable: true }) kind!: DocumentKindEnum | null;
  @Field(() => DirectionEnum, { nullable: true }) direction!: DirectionEnum | null;
  @Field(() => String, { nullable: true, description: 'Tipo detectado pelos bytes: XML, PDF, PNG, JPEG, TIFF, WEBP.' }) fileType!: string | null;
  @Field(() => String, { nullable: true, description: 'XML, TEXT ou OCR.' }) method!: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) sizeBytes!: number | null;
  @Field(() => String, { nullable: true }) accessKey!: string | null;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => String, { nullable: true }) series!: string | null;
  @Field(() => Party) issuer!: Party;
  @Field(() => Party) recipient!: Party;
  @Field(() => Date, { nullable: true }) issuedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Mês de competência AAAA-MM (conta no limite do MEI).' }) competenceMonth!: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) totalCents!: number | null;
  @Field(() => Money, { nullable: true }) total!: Money | null;
  @Field(() => String, { nullable: true, description: 'AUTHORIZED, REJECTED ou UNKNOWN.' }) authorizationStatus!: string | null;
  @Field() cancelled!: boolean;
  @Field({ description: 'Conta no faturamento (emitida, autorizada, não cancelada).' }) countsAsRevenue!: boolean;
  @Field(() => String, { nullable: true, description: 'Motivo da falha, em português.' }) failureReason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) processedAt!: Date | null;
  storageKey!: string | null;
  entity!: DocumentEntity;
}

export function toDocument(e: DocumentEntity): Document {
  return {
    id: e.id,
    filename: e.filename,
    status: e.status as DocumentStatusEnum,
    stage: e.stage,
    kind: e.kind as DocumentKindEnum | null,
    direction: e.direction as DirectionEnum | null,
    fileType: e.fileType,
    method: e.method,
    sizeBytes: e.sizeBytes,
    accessKey: e.accessKey,
    number: e.number,
    series: e.series,
    issuer: { taxId: e.issuerTaxId ? (formatTaxId(e.issuerTaxId) ?? e.issuerTaxId) : null, name: e.issuerName },
    recipient: { taxId: e.recipientTaxId ? (formatTaxId(e.recipientTaxId) ?? e.recipientTaxId) : null, name: e.recipientName },
    issuedAt: e.issuedAt,
    competenceMonth: e.competenceMonth,
    totalCents: e.totalCents,
    total: e.totalCents === null ? null : money(e.totalCents),
    authorizationStatus: e.authorizationStatus,
    cancelled: e.cancelled,
    countsAsRevenue: e.revenueRecorded,
    failureReason: e.failureReason?.startsWith('DUPLICATE:') ? null : e.failureReason,
    createdAt: e.createdAt,
    processedAt: e.processedAt,
    storageKey: e.storageKey,
    entity: e,
  };
}

export const DocumentConnection = ConnectionType(Document, 'Document');

@ObjectType()
export class UploadTicket {
  @Field(() => ID) documentId!: string;
  @Field({ description: 'URL de uso único: envie os bytes com PUT.' }) uploadUrl!: string;
  @Field() expiresAt!: Date;
  @Field(() => Int) maxBytes!: number;
}

@InputType()
export class CreateUploadInput {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field(() => GraphQLSafeInt) size!: number;
}

@InputType()
export class DocumentFilterInput {
  @Field(() => DocumentKindEnum, { nullable: true }) kind?: DocumentKindEnum;
  @Field(() => DocumentStatusEnum, { nullable: true }) status?: DocumentStatusEnum;
  @Field(() => DirectionEnum, { nullable: true }) direction?: DirectionEnum;
  @Field(() => String, { nullable: true, description: 'Competência inicial AAAA-MM.' }) from?: string;
  @Field(() => String, { nullable: true, description: 'Competência final AAAA-MM.' }) to?: string;
  @Field(() => String, { nullable: true, description: 'Busca em português (sem acentos, por palavras).' }) search?: string;
}

@InputType()
export class FieldEditInput {
  @Field({ description: 'number, issuerTaxId, issuerName, recipientTaxId, recipientName, issuedAt, competenceMonth, totalCents' }) name!: string;
  @Field() value!: string;
}
