import { formatBRL } from '@prumo/br';
import type { DomainEvents } from '@prumo/kit';

/** A piece of a source, as stored in agents.chunks. */
export interface SourceChunk {
  label: string;
  /** The document field the chunk quotes (null for text excerpts). */
  field: string | null;
  content: string;
  position: number;
}

export const FIELD_LABELS: Record<string, string> = {
  accessKey: 'Chave de acesso',
  number: 'Número',
  series: 'Série',
  issuerTaxId: 'CNPJ/CPF do emitente',
  issuerName: 'Emitente',
  recipientTaxId: 'CNPJ/CPF do destinatário',
  recipientName: 'Destinatário',
  issuedAt: 'Data de emissão',
  competenceMonth: 'Competência',
  totalCents: 'Valor total',
  operation: 'Operação',
};

const KIND_LABELS: Record<string, string> = {
  NFE: 'NF-e',
  NFCE: 'NFC-e',
  NFSE: 'NFS-e',
  NFE_CANCELLATION: 'Cancelamento de NF-e',
  NFSE_CANCELLATION: 'Cancelamento de NFS-e',
  RECEIPT: 'Cupom fiscal',
  OTHER: 'Documento',
};

export function documentTitle(p: DomainEvents['document.extracted']): string {
  const kind = KIND_LABELS[p.kind ?? 'OTHER'] ?? 'Documento';
  const number = p.fields.find((f) => f.name === 'number')?.value;
  return number ? `${kind} nº ${number}` : `${kind} ${p.filename}`;
}

function fieldValue(name: string, value: string): string {
  if (name === 'totalCents' && /^-?\d+$/.test(value)) return formatBRL(Number(value)) ?? value;
  if (name === 'issuedAt') {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d.toLocaleDateString('pt-BR', { timeZone: 'America/Sao_Paulo' });
  }
  return value;
}

const TEXT_CHUNK = 700;
const TEXT_OVERLAP = 120;

/**
 * A document becomes: one chunk of its extracted fields (what users ask about most: who, when, how
 * much), one of its items, and overlapping excerpts of its text.
 */
export function chunkDocument(p: DomainEvents['document.extracted']): SourceChunk[] {
  const out: SourceChunk[] = [];
  const title = documentTitle(p);
  const fieldLines = p.fields
    .filter((f) => FIELD_LABELS[f.name] && f.value)
    .map((f) => `${FIELD_LABELS[f.name]}: ${fieldValue(f.name, f.value)}.`);
  out.push({ label: 'Dados extraídos', field: 'fields', content: [`${title} (arquivo ${p.filename}).`, ...fieldLines].join(' '), position: 0 });
  if (p.items.length) out.push({ label: 'Itens', field: 'items', content: `Itens: ${p.items.join('; ')}.`.slice(0, 4000), position: 1 });
  const text = p.text.replace(/\s+/g, ' ').trim();
  let pos = 2;
  for (let start = 0, n = 1; start < text.length && n <= 150; n++) {
    let end = Math.min(text.length, start + TEXT_CHUNK);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + TEXT_CHUNK / 2) end = space;
    }
    out.push({ label: `Texto do documento (trecho ${n})`, field: null, content: text.slice(start, end), position: pos++ });
    if (end >= text.length) break;
    start = Math.max(end - TEXT_OVERLAP, start + 1);
    const space = text.indexOf(' ', start);
    if (space > 0 && space < end) start = space + 1;
  }
  return out;
}
