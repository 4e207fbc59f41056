import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Queue } from 'bullmq';
import { saoPauloDate, validateTaxId } from '@prumo/br';
import {
  badInput,
  conflict,
  decodeCursor,
  newId,
  notFound,
  pageSize,
  parseInput,
  QuotaClient,
  returnedRows,
  runInTenant,
  runOutsideTenant,
  toConnection,
  writeOutbox,
  type AccessClaims,
  type DomainEvents,
  type LivePublisher,
  type StorageDriver,
} from '@prumo/kit';
import { z } from 'zod';
import type { Extracted } from '../extraction';
import type { AccountProfileService } from '../accounts/account-profile.service';

// "NF-e lida do XML" in the document's history (what a person reads, not the internal codes).
const HISTORY_KIND: Record<string, string> = {
  NFE: 'NF-e lida',
  NFCE: 'NFC-e lida',
  NFSE: 'NFS-e lida',
  NFE_CANCELLATION: 'Cancelamento de NF-e lido',
  NFSE_CANCELLATION: 'Cancelamento de NFS-e lido',
  RECEIPT: 'Recibo lido',
  OTHER: 'Documento lido',
};
const HISTORY_METHOD: Record<string, string> = { XML: 'do XML', TEXT: 'do texto do PDF', OCR: 'por OCR (imagem)' };
import { DocumentEntity } from './document.entity';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const UPLOAD_TTL_MINUTES = 15;
const ACCEPTED_TYPES = ['application/xml', 'text/xml', 'application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'image/webp'];

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

const createUploadSchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1, 'Informe o nome do arquivo.')
    .max(200, 'Nome de arquivo longo demais.')
    .refine((f) => !/[\\/\0]/.test(f), 'Nome de arquivo inválido.'),
  contentType: z.string().trim().toLowerCase().refine((t) => ACCEPTED_TYPES.includes(t), 'Tipo não aceito: envie XML, PDF ou imagem (PNG, JPEG, TIFF, WEBP).'),
  size: z.number().int('Tamanho inválido.').min(1, 'O arquivo está vazio.').max(MAX_UPLOAD_BYTES, 'Arquivo grande demais: o máximo é 20 MB.'),
});

export interface DocumentFilter {
  kind?: string | null;
  status?: string | null;
  direction?: string | null;
  from?: string | null;
  to?: string | null;
  search?: string | null;
}

/** Editable fields and how each is validated and stored. */
const EDITABLE: Record<string, (v: string) => { column: string; value: unknown } | string> = {
  number: (v) => (v.length <= 20 ? { column: 'number', value: v } : 'Número longo demais.'),
  issuerName: (v) => (v.length <= 200 ? { column: 'issuer_name', value: v } : 'Nome longo demais.'),
  recipientName: (v) => (v.length <= 200 ? { column: 'recipient_name', value: v } : 'Nome longo demais.'),
  issuerTaxId: (v) => {
    const r = validateTaxId(v);
    return r.ok ? { column: 'issuer_tax_id', value: r.value } : `CNPJ/CPF inválido: ${r.message}`;
  },
  recipientTaxId: (v) => {
    const r = validateTaxId(v);
    return r.ok ? { column: 'recipient_tax_id', value: r.value } : `CNPJ/CPF inválido: ${r.message}`;
  },
  issuedAt: (v) => {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T12:00:00-03:00`) : new Date(v);
    return Number.isNaN(d.getTime()) || d.getFullYear() < 2000 || d.getTime() > Date.now() + 86_400_000 ? 'Data inválida.' : { column: 'issued_at', value: d };
  },
  competenceMonth: (v) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? { column: 'competence_month', value: v } : 'Competência inválida: use AAAA-MM.'),
  totalCents: (v) => (/^\d{1,13}$/.test(v) && Number.isSafeInteger(Number(v)) ? { column: 'total_cents', value: Number(v) } : 'Valor inválido: informe centavos inteiros.'),
};

export class DocumentService {
  constructor(
    private readonly ds: DataSource,
    private readonly storage: StorageDriver,
    private readonly quota: QuotaClient,
    private readonly queue: Queue<{ documentId: string; tenantId: string; version: number }>,
    private readonly live: LivePublisher,
    private readonly profiles: AccountProfileService,
    private readonly publicUrl: string,
  ) {}

  async get(tenantId: string, id: string): Promise<DocumentEntity> {
    const doc = await runInTenant(this.ds, tenantId, (em) => em.findOneBy(DocumentEntity, { id }));
    if (!doc || doc.deletedAt) throw notFound('Documento não encontrado.');
    return doc;
  }

  async loadMany(tenantId: string, ids: readonly string[]): Promise<(DocumentEntity | null)[]> {
    const rows = await runInTenant(this.ds, tenantId, (em) =>
      em.getRepository(DocumentEntity).createQueryBuilder('d').where('d.id = any(:ids)', { ids: [...ids] }).andWhere('d.deleted_at is null').getMany(),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Step 1 of an upload: validates, reserves the quota, and hands out a one-time PUT URL. */
  async createUpload(auth: AccessClaims, raw: unknown) {
    const input = parseInput(createUploadSchema, raw);
    const id = newId();
    const quotaKey = `upload:${id}`;
    await this.quota.reserve(auth.tid, 'document_uploads', 1, quotaKey);
    const token = randomBytes(24).toString('base64url');
    try {
      await runInTenant(this.ds, auth.tid, (em) =>
        em.query(
          `insert into documents.documents (tenant_id, id, status, filename, declared_type, quota_key, created_by, upload_token_hash, upload_expires_at)
           values ($1, $2, 'AWAITING_UPLOAD', $3, $4, $5, $6, $7, now() + interval '${UPLOAD_TTL_MINUTES} minutes')`,
          [auth.tid, id, input.filename, input.contentType, quotaKey, auth.sub, sha(token)],
        ),
      );
    } catch (err) {
      await this.quota.release(auth.tid, quotaKey).catch(() => undefined);
      throw err;
    }
    return { documentId: id, uploadUrl: `${this.publicUrl}/uploads/${id}?token=${token}`, expiresAt: new Date(Date.now() + UPLOAD_TTL_MINUTES * 60_000), maxBytes: MAX_UPLOAD_BYTES };
  }

  /** Step 2 (PUT /uploads/:id): stores the bytes once; the token dies with its first use. */
  async receiveUpload(documentId: string, token: string, bytes: Buffer): Promise<{ tenantId: string }> {
    const tokenHash = sha(token);
    const doc = await runOutsideTenant(this.ds, (em) => em.findOneBy(DocumentEntity, { id: documentId }), { settings: { 'app.lookup_key': tokenHash } });
    if (!doc) throw notFound('Link de envio inválido ou já usado.');
    return runInTenant(this.ds, doc.tenantId, async (em) => {
      const claimed = returnedRows(
        await em.query(
          `update documents.documents set upload_token_hash = null where id = $1 and upload_token_hash = $2 and status = 'AWAITING_UPLOAD' and upload_expires_at > now() returning id`,
          [documentId, tokenHash],
        ),
      );
      if (!claimed.length) throw notFound('Link de envio expirado ou já usado.');
      const key = `documents/${doc.tenantId}/${documentId}`;
      await this.storage.put(key, bytes, 'application/octet-stream');
      const digest = bytes.length ? sha(bytes) : null;
      // The same file already in this account: keep one copy (completeUpload answers with it).
      const dup = digest ? await em.query(`select id from documents.documents where sha256 = $1 and deleted_at is null and id <> $2`, [digest, documentId]) : [];
      await em.query(
        `update documents.documents set status = 'UPLOADED', storage_key = $2, size_bytes = $3, sha256 = $4, failure_reason = $5, updated_at = now() where id = $1`,
        [documentId, key, bytes.length, dup.length ? null : digest, dup.length ? `DUPLICATE:${dup[0].id}` : null],
      );
      return { tenantId: doc.tenantId };
    });
  }

  /** Step 3: queue extraction. The same file (SHA-256) in the same account returns the existing document. */
  async completeUpload(auth: AccessClaims, id: string): Promise<DocumentEntity> {
    const result = await runInTenant(this.ds, auth.tid, async (em) => {
      const doc = await em.findOneBy(DocumentEntity, { id });
      if (!doc || doc.deletedAt) throw notFound('Documento não encontrado.');
      if (doc.status === 'AWAITING_UPLOAD') throw badInput({ documentId: 'O arquivo ainda não foi enviado (ou passou de 20 MB).' });
      if (doc.status !== 'UPLOADED') return { doc, duplicateOf: null as DocumentEntity | null };
      if (doc.failureReason?.startsWith('DUPLICATE:')) {
        const original = await em.findOneBy(DocumentEntity, { id: doc.failureReason.slice('DUPLICATE:'.length) });
        await em.query(`update documents.documents set deleted_at = now(), failure_reason = 'Arquivo repetido' where id = $1`, [id]);
        return { doc, duplicateOf: original };
      }
      await em.query(`update documents.documents set status = 'QUEUED', stage = 'STORED', updated_at = now() where id = $1`, [id]);
      await this.history(em, auth.tid, id, 'STORED', 'Arquivo recebido');
      return { doc: await em.findOneByOrFail(DocumentEntity, { id }), duplicateOf: null };
    });
    if (result.duplicateOf) {
      await this.storage.delete(result.doc.storageKey!).catch(() => undefined);
      if (result.doc.quotaKey) await this.quota.release(auth.tid, result.doc.quotaKey).catch(() => undefined);
      return result.duplicateOf;
    }
    if (result.doc.status === 'QUEUED') {
      if (result.doc.quotaKey) await this.quota.commit(auth.tid, result.doc.quotaKey).catch(() => undefined);
      await this.enqueue(auth.tid, result.doc);
    }
    return result.doc;
  }

  async enqueue(tenantId: string, doc: DocumentEntity): Promise<void> {
    await this.live.publish({ tenantId, topic: 'document', id: doc.id, state: 'QUEUED', stage: 'STORED', percent: 0, message: 'Na fila para leitura' });
    await this.queue.add('extract', { documentId: doc.id, tenantId, version: doc.version }, { jobId: `${doc.id}-v${doc.version}` });
  }

  async reprocess(auth: AccessClaims, id: string): Promise<DocumentEntity> {
    const doc = await runInTenant(this.ds, auth.tid, async (em) => {
      const d = await em.findOneBy(DocumentEntity, { id });
      if (!d || d.deletedAt) throw notFound('Documento não encontrado.');
      if (!d.storageKey || d.status === 'AWAITING_UPLOAD') throw conflict('O documento ainda não tem arquivo.');
      if (d.status === 'QUEUED' || d.status === 'PROCESSING') throw conflict('O documento já está sendo processado.');
      await em.query(`update documents.documents set status = 'QUEUED', stage = 'STORED', version = version + 1, failure_reason = null, updated_at = now() where id = $1`, [id]);
      await this.history(em, auth.tid, id, 'STORED', 'Reprocessamento pedido');
      return em.findOneByOrFail(DocumentEntity, { id });
    });
    await this.enqueue(auth.tid, doc);
    return doc;
  }

  async list(tenantId: string, filter: DocumentFilter, first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    return runInTenant(this.ds, tenantId, async (em) => {
      const qb = em.getRepository(DocumentEntity).createQueryBuilder('d').where('d.deleted_at is null');
      if (filter.kind) qb.andWhere('d.kind = :kind', { kind: filter.kind });
      if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
      if (filter.direction) qb.andWhere('d.direction = :direction', { direction: filter.direction });
      if (filter.from) qb.andWhere(`coalesce(d.competence_month, to_char(d.created_at, 'YYYY-MM')) >= :from`, { from: filter.from.slice(0, 7) });
      if (filter.to) qb.andWhere(`coalesce(d.competence_month, to_char(d.created_at, 'YYYY-MM')) <= :to`, { to: filter.to.slice(0, 7) });
      if (filter.search?.trim()) qb.andWhere(`d.search @@ websearch_to_tsquery('portuguese', unaccent(:q))`, { q: filter.search.trim().slice(0, 200) });
      if (cursor) qb.andWhere('(d.created_at, d.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
      const rows = await qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').limit(limit + 1).getMany();
      return toConnection(rows, limit, (r) => r, (r) => ({ at: r.createdAt.toISOString(), id: r.id }));
    });
  }

  async fieldsOf(tenantId: string, ids: readonly string[]) {
    return runInTenant(this.ds, tenantId, (em) =>
      em.query(`select document_id, name, value, confidence, source, edited from documents.document_fields where document_id = any($1) order by name`, [[...ids]]),
    );
  }

  async itemsOf(tenantId: string, ids: readonly string[]) {
    return runInTenant(this.ds, tenantId, (em) =>
      em.query(`select * from documents.document_items where document_id = any($1) order by position`, [[...ids]]),
    );
  }

  async historyOf(tenantId: string, ids: readonly string[]) {
    return runInTenant(this.ds, tenantId, (em) =>
      em.query(`select document_id, stage, message, at from documents.document_events where document_id = any($1) order by id`, [[...ids]]),
    );
  }

  async fileUrl(doc: DocumentEntity): Promise<string | null> {
    if (!doc.storageKey || !(doc.sizeBytes ?? 0)) return null;
    return this.storage.signedUrl(doc.storageKey, { ttlSeconds: 600, filename: doc.filename });
  }

  async history(em: EntityManager, tenantId: string, documentId: string, stage: string, message: string | null): Promise<void> {
    await em.query(`insert into documents.document_events (tenant_id, document_id, stage, message) values ($1, $2, $3, $4)`, [tenantId, documentId, stage, message]);
  }

  /**
   * Saves an extraction: fields, items, direction and revenue, in one transaction (a retried job
   * replaces rather than duplicates). Issued + authorised -> revenue.recorded; a cancellation event
   * cancels the referenced document and voids its revenue.
   */
  async saveExtraction(tenantId: string, documentId: string, version: number, out: { extracted: Extracted; method: string; fileType: string; ocrConfidence: number | null }) {
    const x = out.extracted;
    return runInTenant(this.ds, tenantId, async (em) => {
      const doc = await em.findOneBy(DocumentEntity, { id: documentId });
      if (!doc || doc.deletedAt || doc.version !== version) return null; // superseded by a reprocess or deleted
      // An invoice and its cancellation read at the same time: each looks for the other, which the
      // other's uncommitted transaction would hide. One at a time per access key.
      const key = x.cancels?.accessKey ?? x.accessKey?.value;
      if (key) await em.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`documents.nfe:${tenantId}:${key}`]);
      const ownTaxId = await this.profiles.taxId(em, tenantId);
      const direction = ownTaxId ? (x.issuerTaxId?.value === ownTaxId ? 'ISSUED' : 'RECEIVED') : null;
      const text = [x.text, x.issuerName?.value, x.recipientName?.value, x.accessKey?.value, x.number?.value, doc.filename].filter(Boolean).join(' ');
      await em.query(
        `update documents.documents set status = 'PROCESSED', stage = 'SAVED', kind = $2, direction = $3, method = $4, file_type = $5, ocr_confidence = $6,
           access_key = $7, number = $8, series = $9, model = $10, issuer_tax_id = $11, issuer_name = $12, recipient_tax_id = $13, recipient_name = $14,
           issued_at = $15, competence_month = $16, total_cents = $17, authorization_status = $18, cancels_key = $19, failure_reason = null,
           text_content = $20, search = to_tsvector('portuguese', unaccent($20)), processed_at = now(), updated_at = now()
         where id = $1`,
        [
          documentId,
          x.kind,
          direction,
          out.method,
          out.fileType,
          out.ocrConfidence,
          x.accessKey?.value ?? null,
          x.number?.value ?? null,
          x.series?.value ?? null,
          x.model?.value ?? null,
          x.issuerTaxId?.value ?? null,
          x.issuerName?.value ?? null,
          x.recipientTaxId?.value ?? null,
          x.recipientName?.value ?? null,
          x.issuedAt?.value ?? null,
          x.competenceMonth?.value ?? null,
          x.totalCents?.value ?? null,
          x.authorization?.status ?? null,
          x.cancels?.accessKey ?? null,
          text.slice(0, 200_000),
        ],
      );
      await em.query(`delete from documents.document_fields where document_id = $1`, [documentId]);
      await em.query(`delete from documents.document_items where document_id = $1`, [documentId]);
      const fields: Array<[string, { value: unknown; confidence: number; source: string } | null | undefined]> = [
        ['accessKey', x.accessKey],
        ['number', x.number],
        ['series', x.series],
        ['issuerTaxId', x.issuerTaxId],
        ['issuerName', x.issuerName],
        ['recipientTaxId', x.recipientTaxId],
        ['recipientName', x.recipientName],
        ['issuedAt', x.issuedAt],
        ['competenceMonth', x.competenceMonth],
        ['totalCents', x.totalCents],
        ['operation', x.operation ? { value: x.operation, confidence: x.issuerTaxId?.confidence ?? 1, source: x.issuerTaxId?.source ?? 'XML' } : null],
      ];
      // One statement for all fields and one for all items (a page of items is one round trip).
      const present = fields.filter((f): f is [string, { value: unknown; confidence: number; source: string }] => !!f[1]);
      if (present.length) {
        await em.query(
          `insert into documents.document_fields (tenant_id, document_id, name, value, confidence, source)
           select $1, $2, f.name, f.value, f.confidence, f.source
             from unnest($3::text[], $4::text[], $5::real[], $6::text[]) as f(name, value, confidence, source)`,
          [tenantId, documentId, present.map(([n]) => n), present.map(([, f]) => String(f.value)), present.map(([, f]) => f.confidence), present.map(([, f]) => f.source)],
        );
      }
      if (x.items.length) {
        const col = <T,>(pick: (it: (typeof x.items)[number], i: number) => T) => x.items.map(pick);
        await em.query(
          `insert into documents.document_items (tenant_id, document_id, position, code, description, ncm, cfop, quantity, unit_price_cents, total_cents)
           select $1, $2, i.position, i.code, i.description, i.ncm, i.cfop, i.quantity, i.unit_price_cents, i.total_cents
             from unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::bigint[])
               as i(position, code, description, ncm, cfop, quantity, unit_price_cents, total_cents)`,
          [
            tenantId,
            documentId,
            col((_, i) => i + 1),
            col((it) => it.code),
            col((it) => it.description.slice(0, 500)),
            col((it) => it.ncm),
            col((it) => it.cfop),
            col((it) => it.quantity),
            col((it) => it.unitPriceCents),
            col((it) => it.totalCents),
          ],
        );
      }
      await this.history(em, tenantId, documentId, 'SAVED', `${HISTORY_KIND[x.kind] ?? 'Documento lido'} ${HISTORY_METHOD[out.method] ?? ''}`.trim());

      // A cancellation event cancels the document it names (now or when it arrives later).
      if (x.cancels) await this.cancelByKey(em, tenantId, x.cancels.accessKey);
      else if (x.accessKey) {
        const cancelledBefore = await em.query(
          `select 1 from documents.documents where cancels_key = $1 and deleted_at is null and id <> $2 limit 1`,
          [x.accessKey.value, documentId],
        );
        if (cancelledBefore.length) await em.query(`update documents.documents set cancelled = true where id = $1`, [documentId]);
      }
      await this.syncRevenue(em, tenantId, documentId);
      await this.publishExtracted(em, tenantId, documentId);
      return em.findOneByOrFail(DocumentEntity, { id: documentId });
    });
  }

  /** `document.extracted` with the document's current content (the assistant indexes it). */
  private async publishExtracted(em: EntityManager, tenantId: string, documentId: string): Promise<void> {
    const [d]: Array<{ version: number; filename: string; kind: string | null; issued_on: string | null; text: string | null }> = await em.query(
      `select version, filename, kind, to_char(issued_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD') as issued_on, text_content as text
         from documents.documents where id = $1 and deleted_at is null`,
      [documentId],
    );
    if (!d) return;
    const fields: Array<{ name: string; value: string }> = await em.query(`select name, value from documents.document_fields where document_id = $1 order by name`, [documentId]);
    const items: Array<{ description: string }> = await em.query(`select description from documents.document_items where document_id = $1 order by position`, [documentId]);
    await writeOutbox(em, 'documents', 'document.extracted', tenantId, {
      documentId,
      version: d.version,
      filename: d.filename,
      kind: d.kind,
      issuedOn: d.issued_on,
      fields: fields.filter((f) => f.value !== null),
      items: items.map((i) => i.description).filter(Boolean).slice(0, 200),
      text: (d.text ?? '').slice(0, 100_000),
    });
  }

  private async cancelByKey(em: EntityManager, tenantId: string, key: string) {
    const targets: Array<{ id: string }> = await em.query(`select id from documents.documents where access_key = $1 and deleted_at is null and not cancelled`, [key]);
    for (const t of targets) {
      await em.query(`update documents.documents set cancelled = true, version = version + 1, updated_at = now() where id = $1`, [t.id]);
      await this.history(em, tenantId, t.id, 'CANCELLED', 'Cancelamento da nota registrado');
      await this.syncRevenue(em, tenantId, t.id);
    }
  }

  /**
   * Brings the revenue ledger in line with the document. The ledger entry is keyed by the access
   * key when there is one, so the XML and the PDF of one invoice count once: the entry is settled
   * from all of its live documents (the XML preferred), and voided only when none of them counts.
   * A document whose key changed (a reprocess read or lost it) settles the entry it fed before too.
   */
  async syncRevenue(em: EntityManager, tenantId: string, documentId: string): Promise<void> {
    const d = await em.findOneByOrFail(DocumentEntity, { id: documentId });
    const sourceId = d.accessKey ? `key:${d.accessKey}` : `doc:${d.id}`;
    if (d.revenueSourceId !== sourceId) {
      await em.query(`update documents.documents set revenue_source_id = $2 where id = $1`, [documentId, sourceId]);
      if (d.revenueSourceId) await this.settleRevenue(em, tenantId, d.revenueSourceId);
    }
    await this.settleRevenue(em, tenantId, sourceId);
  }

  /**
   * Tells limits what an entry is now. The entry's row is locked and its version bumped first: the
   * documents sharing it settle one at a time, and limits receives versions in commit order (it
   * drops an older version that arrives late).
   */
  private async settleRevenue(em: EntityManager, tenantId: string, sourceId: string): Promise<void> {
    const [entry]: Array<{ version: string; recorded: boolean }> = await em.query(
      `insert into documents.revenue_sources as r (tenant_id, source_id, version) values ($1, $2, 1)
       on conflict (tenant_id, source_id) do update set version = r.version + 1 returning version, recorded`,
      [tenantId, sourceId],
    );
    const docs = await em.find(DocumentEntity, { where: { revenueSourceId: sourceId, deletedAt: IsNull() } });
    docs.sort((a, b) => Number(b.fileType === 'XML') - Number(a.fileType === 'XML') || a.createdAt.getTime() - b.createdAt.getTime());
    const counting: string[] = [];
    let revenue: Omit<DomainEvents['revenue.recorded'], 'source' | 'sourceId' | 'version'> | null = null;
    for (const doc of docs) {
      const r = await this.revenueOf(em, doc);
      if (!r) continue;
      counting.push(doc.id);
      revenue ??= r;
    }
    const version = Number(entry.version);
    if (revenue) await writeOutbox(em, 'documents', 'revenue.recorded', tenantId, { source: 'documents', sourceId, ...revenue, version });
    else if (entry.recorded) await writeOutbox(em, 'documents', 'revenue.voided', tenantId, { source: 'documents', sourceId, version });
    await em.query(`update documents.revenue_sources set recorded = $3 where tenant_id = $1 and source_id = $2`, [tenantId, sourceId, revenue !== null]);
    await em.query(`update documents.documents set revenue_recorded = (id = any($2::uuid[])) where revenue_source_id = $1`, [sourceId, counting]);
  }

  /**
   * What one document says about revenue: counted when issued by the account, authorised (NFS-e
   * carry no protocol: counted), an exit (NF-e), not cancelled, not deleted; null otherwise.
   */
  private async revenueOf(em: EntityManager, d: DocumentEntity): Promise<Omit<DomainEvents['revenue.recorded'], 'source' | 'sourceId' | 'version'> | null> {
    const isRevenueKind = d.kind === 'NFE' || d.kind === 'NFCE' || d.kind === 'NFSE';
    const authorised = d.kind === 'NFSE' ? d.authorizationStatus !== 'REJECTED' : d.authorizationStatus === 'AUTHORIZED';
    const occurredOn = d.kind === 'NFSE' && d.competenceMonth ? `${d.competenceMonth}-01` : d.issuedAt ? isoDay(d.issuedAt) : null;
    const counts =
      isRevenueKind && d.direction === 'ISSUED' && authorised && !d.cancelled && !d.deletedAt && d.totalCents !== null && occurredOn !== null &&
      (await this.isExit(em, d.id));
    if (!counts) return null;
    return {
      amountCents: d.totalCents!,
      occurredOn: occurredOn!,
      description: `${d.kind} ${d.number ?? ''} ${d.recipientName ?? ''}`.trim(),
      dedupeKey: d.accessKey ?? undefined,
    };
  }

  private async isExit(em: EntityManager, documentId: string): Promise<boolean> {
    const r = await em.query(`select value from documents.document_fields where document_id = $1 and name = 'operation'`, [documentId]);
    return !r.length || r[0].value !== 'ENTRY';
  }

  async markFailed(tenantId: string, documentId: string, version: number, reason: string): Promise<void> {
    await runInTenant(this.ds, tenantId, async (em) => {
      const r = returnedRows(
        await em.query(
          `update documents.documents set status = 'FAILED', stage = 'FAILED', failure_reason = $3, updated_at = now() where id = $1 and version = $2 returning id`,
          [documentId, version, reason],
        ),
      );
      if (r.length) await this.history(em, tenantId, documentId, 'FAILED', reason);
    });
  }

  async markProcessing(tenantId: string, documentId: string, version: number): Promise<DocumentEntity | null> {
    return runInTenant(this.ds, tenantId, async (em) => {
      const r = returnedRows(
        await em.query(`update documents.documents set status = 'PROCESSING', updated_at = now() where id = $1 and version = $2 and deleted_at is null returning id`, [
          documentId,
          version,
        ]),
      );
      return r.length ? em.findOneByOrFail(DocumentEntity, { id: documentId }) : null;
    });
  }

  async updateFields(auth: AccessClaims, id: string, fields: Array<{ name: string; value: string }>): Promise<DocumentEntity> {
    if (!fields.length) throw badInput({ fields: 'Informe ao menos um campo.' });
    const errors: Record<string, string> = {};
    const updates: Array<{ name: string; column: string; value: unknown; raw: string }> = [];
    for (const f of fields) {
      const rule = EDITABLE[f.name];
      if (!rule) {
        errors[f.name] = 'Este campo não pode ser editado.';
        continue;
      }
      const r = rule(String(f.value ?? '').trim());
      if (typeof r === 'string') errors[f.name] = r;
      else updates.push({ name: f.name, column: r.column, value: r.value, raw: String(r.value instanceof Date ? r.value.toISOString() : r.value) });
    }
    if (Object.keys(errors).length) throw badInput(errors);
    return runInTenant(this.ds, auth.tid, async (em) => {
      const doc = await em.findOneBy(DocumentEntity, { id });
      if (!doc || doc.deletedAt) throw notFound('Documento não encontrado.');
      if (doc.status !== 'PROCESSED') throw conflict('Só é possível editar documentos já lidos.');
      for (const u of updates) {
        const old = await em.query(`select value from documents.document_fields where document_id = $1 and name = $2`, [id, u.name]);
        await em.query(`update documents.documents set ${u.column} = $2 where id = $1`, [id, u.value]);
        if (u.name === 'issuedAt' && doc.kind !== 'NFSE') {
          const month = isoDay(u.value as Date).slice(0, 7);
          await em.query(`update documents.documents set competence_month = $2 where id = $1`, [id, month]);
        }
        await em.query(
          `insert into documents.document_fields (tenant_id, document_id, name, value, confidence, source, edited) values ($1, $2, $3, $4, 1, 'USER', true)
           on conflict (tenant_id, document_id, name) do update set value = excluded.value, confidence = 1, source = 'USER', edited = true`,
          [auth.tid, id, u.name, u.raw],
        );
        await em.query(
          `insert into documents.document_field_edits (tenant_id, id, document_id, field, old_value, new_value, user_id) values ($1, $2, $3, $4, $5, $6, $7)`,
          [auth.tid, newId(), id, u.name, old[0]?.value ?? null, u.raw, auth.sub],
        );
      }
      // Direction may change with the issuer; amounts and dates change the revenue (re-recorded).
      const ownTaxId = await this.profiles.taxId(em, auth.tid);
      await em.query(
        `update documents.documents set direction = case when issuer_tax_id = $2 then 'ISSUED' else 'RECEIVED' end, version = version + 1, updated_at = now() where id = $1`,
        [id, ownTaxId],
      );
      await this.history(em, auth.tid, id, 'EDITED', `Campos editados: ${updates.map((u) => u.name).join(', ')}`);
      await this.syncRevenue(em, auth.tid, id);
      await this.publishExtracted(em, auth.tid, id);
      return em.findOneByOrFail(DocumentEntity, { id });
    });
  }

  async delete(auth: AccessClaims, id: string): Promise<boolean> {
    await runInTenant(this.ds, auth.tid, async (em) => {
      const doc = await em.findOneBy(DocumentEntity, { id });
      if (!doc || doc.deletedAt) throw notFound('Documento não encontrado.');
      await em.query(`update documents.documents set deleted_at = now(), version = version + 1, updated_at = now() where id = $1`, [id]);
      await this.history(em, auth.tid, id, 'DELETED', null);
      await this.syncRevenue(em, auth.tid, id);
      await writeOutbox(em, 'documents', 'document.deleted', auth.tid, { documentId: id, version: doc.version + 1 });
    });
    return true;
  }
}

export function isoDay(d: Date): string {
  const c = saoPauloDate(d)!;
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}
