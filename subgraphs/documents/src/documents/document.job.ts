import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import type { LivePublisher, QueuePayloads, StorageDriver } from '@prumo/kit';
import { extractDocument, ExtractionError, type ExtractionStage } from '../extraction';
import type { DocumentService } from './document.service';

type Payload = QueuePayloads['documents-extraction'];

/** Extraction stages as the user sees them (DESIGN: STORED -> DETECTED -> PARSED|TEXT|OCR -> FIELDS -> SAVED). */
const STAGE: Record<ExtractionStage, { stage: string; message: string }> = {
  DETECTING: { stage: 'DETECTED', message: 'Identificando o tipo do arquivo' },
  PARSING_XML: { stage: 'PARSED', message: 'Lendo o XML da nota' },
  READING_PDF: { stage: 'TEXT', message: 'Lendo o texto do PDF' },
  OCR: { stage: 'OCR', message: 'Reconhecendo o texto da imagem (OCR)' },
  FIELDS: { stage: 'FIELDS', message: 'Identificando os campos' },
  DONE: { stage: 'FIELDS', message: 'Campos identificados' },
};

/**
 * Reads one uploaded document. Problems with the document itself (corrupt, unsupported, unsafe XML)
 * end as FAILED with a pt-BR reason and the file kept; infrastructure errors throw and BullMQ
 * retries with backoff; after the last attempt the failure handler marks it FAILED too.
 */
export function extractionProcessor(deps: { documents: DocumentService; storage: StorageDriver; live: LivePublisher; logger: Logger }) {
  return async (job: Job<Payload>) => {
    const { documentId, tenantId, version } = job.data;
    const publish = (state: 'RUNNING' | 'DONE' | 'FAILED', stage: string, percent: number, message: string) =>
      deps.live.publish({
        tenantId,
        topic: 'document',
        id: documentId,
        state,
        stage,
        percent,
        message,
        entity: state === 'RUNNING' ? null : { __typename: 'Document', id: documentId },
      });
    const doc = await deps.documents.markProcessing(tenantId, documentId, version);
    if (!doc) return 'superseded';
    await publish('RUNNING', 'STORED', 5, 'Arquivo guardado');
    const bytes = await deps.storage.get(doc.storageKey!);
    try {
      let last = '';
      const outcome = await extractDocument(bytes, {
        onProgress: (stage, percent) => {
          const s = STAGE[stage];
          if (`${s.stage}${percent}` === last) return;
          last = `${s.stage}${percent}`;
          void publish('RUNNING', s.stage, Math.min(95, 5 + Math.round(percent * 0.9)), s.message);
        },
      });
      const saved = await deps.documents.saveExtraction(tenantId, documentId, version, {
        extracted: outcome.extracted,
        method: outcome.method,
        fileType: outcome.fileType,
        ocrConfidence: outcome.ocrConfidence,
      });
      if (!saved) return 'superseded';
      await publish('DONE', 'SAVED', 100, 'Documento lido e salvo');
      return 'saved';
    } catch (err) {
      if (err instanceof ExtractionError) {
        await deps.documents.markFailed(tenantId, documentId, version, err.reason);
        await publish('FAILED', 'FAILED', 100, err.reason);
        return 'failed';
      }
      throw err;
    }
  };
}

/** After the last retry: visible as FAILED with the reason, never lost in the queue. */
export function onExtractionExhausted(deps: { documents: DocumentService; live: LivePublisher; logger: Logger }) {
  return async (job: Job<Payload> | undefined, err: Error) => {
    if (!job) return;
    const last = job.attemptsMade >= (job.opts.attempts ?? 1);
    deps.logger.warn({ err, documentId: job.data.documentId, attempt: job.attemptsMade, last }, 'document extraction failed');
    if (!last) return;
    const reason = 'Não foi possível processar o documento agora. Tente reprocessar em alguns minutos.';
    await deps.documents.markFailed(job.data.tenantId, job.data.documentId, job.data.version, reason);
    await deps.live.publish({ tenantId: job.data.tenantId, topic: 'document', id: job.data.documentId, state: 'FAILED', stage: 'FAILED', percent: 100, message: reason, entity: { __typename: 'Document', id: job.data.documentId } });
  };
}
