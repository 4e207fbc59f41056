import { groupByKey, requireAuth } from '@prumo/kit';
import { money } from '@prumo/kit';
import type { DocumentsContext } from '../context';
import { toDocument, type Document, type DocumentField, type DocumentItem, type ProcessingStep } from './document.types';

/** Batched loaders: a page of documents costs one query per list field, not one per document. */
export function documentLoaders(ctx: DocumentsContext) {
  const tid = requireAuth(ctx).tid;
  const svc = ctx.services.documents;
  return {
    byId: ctx.loaders.get<string, Document | null>('documents', async (ids) => (await svc.loadMany(tid, ids)).map((d) => (d ? toDocument(d) : null))),
    fields: ctx.loaders.get<string, DocumentField[]>('document-fields', async (ids) =>
      groupByKey(ids, await svc.fieldsOf(tid, ids), (r: any) => r.document_id).map((rows) =>
        rows.map((r: any) => ({ name: r.name, value: r.value, confidence: Number(r.confidence), source: r.source, edited: r.edited })),
      ),
    ),
    items: ctx.loaders.get<string, DocumentItem[]>('document-items', async (ids) =>
      groupByKey(ids, await svc.itemsOf(tid, ids), (r: any) => r.document_id).map((rows) =>
        rows.map((r: any) => ({
          position: r.position,
          code: r.code,
          description: r.description,
          ncm: r.ncm,
          cfop: r.cfop,
          quantity: r.quantity,
          unitPrice: r.unit_price_cents === null ? null : money(Number(r.unit_price_cents)),
          total: money(Number(r.total_cents)),
        })),
      ),
    ),
    history: ctx.loaders.get<string, ProcessingStep[]>('document-history', async (ids) =>
      groupByKey(ids, await svc.historyOf(tid, ids), (r: any) => r.document_id).map((rows) => rows.map((r: any) => ({ stage: r.stage, message: r.message, at: r.at }))),
    ),
  };
}

export const documentReference = {
  __resolveReference: (ref: { id: string }, ctx: DocumentsContext) => documentLoaders(ctx).byId.load(ref.id),
};
