// Shared shapes of the extraction library. Everything here is plain data: no I/O, no GraphQL.

/** File types recognised by their magic bytes (see sniff.ts). */
export type FileType = 'XML' | 'PDF' | 'PNG' | 'JPEG' | 'TIFF' | 'WEBP';

/** Image types that go straight to OCR. */
export type ImageType = Exclude<FileType, 'XML' | 'PDF'>;

export type DocumentKind = 'NFE' | 'NFCE' | 'NFSE' | 'NFE_CANCELLATION' | 'NFSE_CANCELLATION' | 'RECEIPT' | 'OTHER';

export type FieldSource = 'XML' | 'TEXT' | 'OCR';

export interface Field<T> {
  value: T;
  /** 0..1; fields read from an XML are 1. */
  confidence: number;
  source: FieldSource;
}

export interface ExtractedItem {
  code: string | null;
  description: string;
  ncm: string | null;
  cfop: string | null;
  /** Decimal with '.' as in the XML, trailing zeros removed ('2.0000' -> '2'). */
  quantity: string;
  /** vUnCom rounded half-up to centavos (it may carry up to 10 decimals); null when absent/unreadable. */
  unitPriceCents: number | null;
  /** vProd (NF-e) or vServ (NFS-e), exact. */
  totalCents: number;
}

export interface Authorization {
  status: 'AUTHORIZED' | 'REJECTED' | 'UNKNOWN';
  code: string | null;
  protocol: string | null;
}

export interface Extracted {
  kind: DocumentKind;
  /** NF-e/NFC-e: the 44-character key (DV checked). NFS-e: the 50 characters after 'NFS' in infNFSe/@Id. */
  accessKey: Field<string> | null;
  number: Field<string> | null;
  series: Field<string> | null;
  model: Field<string> | null;
  /** Normalised CNPJ (14, upper case) or CPF (11). */
  issuerTaxId: Field<string> | null;
  issuerName: Field<string> | null;
  recipientTaxId: Field<string> | null;
  recipientName: Field<string> | null;
  /** ISO 8601 instant in UTC ('2026-03-31T01:30:00.000Z'). */
  issuedAt: Field<string> | null;
  /** 'YYYY-MM': NFS-e dCompet; NF-e month of dhEmi in America/Sao_Paulo. */
  competenceMonth: Field<string> | null;
  /** NF-e vNF; NFS-e gross vServ. */
  totalCents: Field<number> | null;
  /** NFS-e net value (vLiq). */
  netCents?: Field<number> | null;
  /** NF-e tpNF: 1 -> EXIT, 0 -> ENTRY. */
  operation: 'EXIT' | 'ENTRY' | null;
  /** NF-e emit/CRT = 4; NFS-e prest/regTrib/opSimpNac = 2. */
  issuerIsMei: boolean | null;
  authorization: Authorization | null;
  /** Cancellation events: the key/id of the cancelled document. */
  cancels: { accessKey: string } | null;
  items: ExtractedItem[];
  /** Plain text for full-text search. */
  text: string;
}

export type ExtractionErrorCode = 'UNSUPPORTED' | 'CORRUPT' | 'INVALID_KEY' | 'UNSAFE' | 'EMPTY' | 'OCR_FAILED';

/**
 * A problem with the document itself (permanent: retrying will not help). `reason` is pt-BR and may be
 * shown to the user. Infrastructure failures (a missing binary, a full disk) are thrown as plain Errors
 * so that jobs can tell them apart and retry.
 */
export class ExtractionError extends Error {
  constructor(
    readonly reason: string,
    readonly code: ExtractionErrorCode,
  ) {
    super(reason);
    this.name = 'ExtractionError';
  }
}

export function emptyExtracted(kind: DocumentKind = 'OTHER', text = ''): Extracted {
  return {
    kind,
    accessKey: null,
    number: null,
    series: null,
    model: null,
    issuerTaxId: null,
    issuerName: null,
    recipientTaxId: null,
    recipientName: null,
    issuedAt: null,
    competenceMonth: null,
    totalCents: null,
    netCents: null,
    operation: null,
    issuerIsMei: null,
    authorization: null,
    cancels: null,
    items: [],
    text,
  };
}
