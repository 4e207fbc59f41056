import { graphql } from '../gql';
import type { DocumentDetailQuery, DocumentListQuery } from '../gql/graphql';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What the drop zone and the file button accept (the server checks the magic bytes anyway). */
export const ACCEPTED_TYPES = '.xml,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,application/xml,text/xml,application/pdf,image/png,image/jpeg,image/tiff,image/webp';

export const CreateUploadDocument = graphql(`
  mutation CreateUpload($input: CreateUploadInput!) {
    createUpload(input: $input) {
      documentId
      uploadUrl
      maxBytes
    }
  }
`);

export const CompleteUploadDocument = graphql(`
  mutation CompleteUpload($documentId: ID!) {
    completeUpload(documentId: $documentId) {
      id
      status
      stage
      failureReason
      filename
    }
  }
`);

export const DocumentProcessingDocument = graphql(`
  subscription DocumentProcessing($documentId: ID!) {
    documentProcessing(documentId: $documentId) {
      documentId
      seq
      state
      stage
      percent
      message
      document {
        id
        status
        kind
        direction
        totalCents
        total {
          formatted
        }
        failureReason
      }
    }
  }
`);

export const DocumentListDocument = graphql(`
  query DocumentList($first: Int, $after: String, $filter: DocumentFilterInput) {
    documents(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        filename
        status
        stage
        kind
        direction
        number
        issuer {
          taxId
          name
        }
        recipient {
          taxId
          name
        }
        issuedAt
        competenceMonth
        total {
          formatted
        }
        cancelled
        countsAsRevenue
        failureReason
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DocumentDetailDocument = graphql(`
  query DocumentDetail($id: ID!) {
    document(id: $id) {
      id
      filename
      status
      stage
      kind
      direction
      fileType
      method
      sizeBytes
      accessKey
      number
      series
      issuer {
        taxId
        name
      }
      recipient {
        taxId
        name
      }
      issuedAt
      competenceMonth
      totalCents
      total {
        formatted
      }
      authorizationStatus
      cancelled
      countsAsRevenue
      failureReason
      createdAt
      processedAt
      fields {
        name
        value
        confidence
        source
        edited
      }
      items {
        position
        code
        description
        ncm
        cfop
        quantity
        unitPrice {
          formatted
        }
        total {
          formatted
        }
      }
      history {
        stage
        message
        at
      }
      fileUrl
    }
  }
`);

export const UpdateDocumentFieldsDocument = graphql(`
  mutation UpdateDocumentFields($id: ID!, $fields: [FieldEditInput!]!) {
    updateDocumentFields(id: $id, fields: $fields) {
      id
      status
      number
      issuer {
        taxId
        name
      }
      recipient {
        taxId
        name
      }
      issuedAt
      competenceMonth
      totalCents
      total {
        formatted
      }
      countsAsRevenue
      fields {
        name
        value
        confidence
        source
        edited
      }
    }
  }
`);

export const DeleteDocumentDocument = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`);

export const ReprocessDocumentDocument = graphql(`
  mutation ReprocessDocument($id: ID!) {
    reprocessDocument(id: $id) {
      id
      status
      stage
      failureReason
    }
  }
`);

export type DocumentRow = DocumentListQuery['documents']['nodes'][number];
export type DocumentDetail = NonNullable<DocumentDetailQuery['document']>;

export const STAGE_LABELS: Record<string, string> = {
  STORED: 'Recebido',
  DETECTED: 'Identificado',
  PARSED: 'XML lido',
  TEXT: 'Texto do PDF',
  OCR: 'OCR',
  FIELDS: 'Campos',
  SAVED: 'Salvo',
  FAILED: 'Falhou',
};

export function stageLabel(stage: string | null | undefined): string {
  return stage ? (STAGE_LABELS[stage] ?? stage) : '—';
}

export const STATUS_LABELS: Record<string, string> = {
  AWAITING_UPLOAD: 'Aguardando envio',
  UPLOADED: 'Enviado',
  QUEUED: 'Na fila',
  PROCESSING: 'Processando',
  PROCESSED: 'Processado',
  FAILED: 'Falhou',
};

export const KIND_LABELS: Record<string, string> = {
  NFE: 'NF-e',
  NFCE: 'NFC-e',
  NFSE: 'NFS-e',
  NFE_CANCELLATION: 'Cancelamento de NF-e',
  NFSE_CANCELLATION: 'Cancelamento de NFS-e',
  RECEIPT: 'Recibo',
  OTHER: 'Outro',
};

export const DIRECTION_LABELS: Record<string, string> = { ISSUED: 'Emitida', RECEIVED: 'Recebida' };

export const SOURCE_LABELS: Record<string, string> = { XML: 'XML', TEXT: 'Texto do PDF', OCR: 'OCR', USER: 'Editado' };

/** Extracted fields: labels, and which ones can be edited (with the expected format). */
export const FIELD_LABELS: Record<string, string> = {
  number: 'Número',
  series: 'Série',
  accessKey: 'Chave de acesso',
  issuerTaxId: 'CNPJ/CPF do emitente',
  issuerName: 'Emitente',
  recipientTaxId: 'CNPJ/CPF do destinatário',
  recipientName: 'Destinatário',
  issuedAt: 'Data de emissão',
  competenceMonth: 'Competência',
  totalCents: 'Valor total',
  netCents: 'Valor líquido',
  operation: 'Operação',
  model: 'Modelo',
  authorization: 'Autorização',
  cancels: 'Cancela a nota',
  issuerIsMei: 'Emitente é MEI',
  kind: 'Tipo',
};

/** Values the extraction writes as codes, in Portuguese. */
export const FIELD_VALUE_LABELS: Record<string, Record<string, string>> = {
  operation: { EXIT: 'Saída', ENTRY: 'Entrada' },
  issuerIsMei: { true: 'Sim', false: 'Não' },
};

export const EDITABLE_FIELDS: Record<string, string> = {
  number: '',
  issuerTaxId: '00.000.000/0000-00',
  issuerName: '',
  recipientTaxId: '00.000.000/0000-00',
  recipientName: '',
  issuedAt: '',
  competenceMonth: '',
  totalCents: 'ex.: 1.234,56',
};

export function fieldLabel(name: string): string {
  return FIELD_LABELS[name] ?? name;
}

/** A code a field holds (operation EXIT), in Portuguese; other values as they are. */
export function fieldValueLabel(name: string, value: string): string {
  return FIELD_VALUE_LABELS[name]?.[value] ?? value;
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export function confidenceLevel(c: number): ConfidenceLevel {
  if (c >= 0.9) return 'high';
  if (c >= 0.6) return 'medium';
  return 'low';
}

export const CONFIDENCE_LABELS: Record<ConfidenceLevel, string> = { high: 'alta', medium: 'média', low: 'baixa' };

/** The browser's type for a file, or one guessed from its name (Windows often leaves XML untyped). */
export function contentTypeOf(file: File): string {
  if (file.type) return file.type;
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  const byExt: Record<string, string> = {
    xml: 'application/xml',
    pdf: 'application/pdf',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    tif: 'image/tiff',
    tiff: 'image/tiff',
    webp: 'image/webp',
  };
  return byExt[ext] ?? 'application/octet-stream';
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

const MONTHS = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'];

/** "2026-03" -> "mar/2026" */
export function formatMonth(ym: string | null | undefined): string {
  if (!ym) return '—';
  const [y, m] = ym.split('-');
  const name = MONTHS[Number(m) - 1];
  return name ? `${name}/${y}` : ym;
}

export function monthShort(ym: string): string {
  return MONTHS[Number(ym.split('-')[1]) - 1] ?? ym;
}
