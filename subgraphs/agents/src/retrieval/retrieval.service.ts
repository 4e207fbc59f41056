import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { newId, runInTenant, runOutsideTenant, type DomainEvents } from '@prumo/kit';
import type { LlmCallContext, LlmService } from '../llm';
import { terms } from '../llm/text';
import { chunkDocument, documentTitle } from './chunking';
import { loadKnowledgeFiles } from './knowledge-base';

export interface RetrievalHit {
  kind: 'DOCUMENT' | 'KNOWLEDGE';
  /** Chunk id (uuid) or knowledge-base section id. */
  id: string;
  documentId: string | null;
  sectionId: string | null;
  title: string;
  label: string;
  field: string | null;
  content: string;
  score: number;
}

/** How many candidates each ranking contributes before fusion. */
const CANDIDATES = 20;
/** Reciprocal-rank-fusion constant. */
const RRF_K = 60;

/**
 * The account's documents and the curated MEI knowledge base, searched together: Portuguese full
 * text over unaccented words (GIN), plus exact cosine over embeddings when an embedding model is
 * configured, fused by reciprocal rank.
 */
export class RetrievalService {
  private vectorColumn: boolean | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly llm: LlmService,
    private readonly logger: Logger,
  ) {}

  /** Whether pgvector columns exist (the extension was installed when the migration ran). */
  async detectVector(): Promise<boolean> {
    if (this.vectorColumn === null) {
      const r = await this.ds.query(`select 1 from information_schema.columns where table_schema = 'agents' and table_name = 'chunks' and column_name = 'embedding_vec'`);
      this.vectorColumn = r.length > 0;
    }
    return this.vectorColumn;
  }

  /** Loads the knowledge base when its content changed (hash), in one transaction. */
  async refreshKnowledgeBase(): Promise<{ changed: boolean; sections: number }> {
    const { sections, hash } = loadKnowledgeFiles();
    const embeddingModel = this.llm.embeddingModel;
    const stateHash = `${hash}:${embeddingModel ?? 'fts'}`;
    return runOutsideTenant(
      this.ds,
      async (em) => {
        // One loader at a time across replicas.
        await em.query(`select pg_advisory_xact_lock(724108)`);
        const [state] = await em.query(`select content_hash from agents.kb_state where id = 1`);
        if (state?.content_hash === stateHash) return { changed: false, sections: sections.length };
        const vectors = embeddingModel ? await this.llm.embedForPlatform(sections.map((s) => `${s.articleTitle}. ${s.title}. ${s.body}`)) : null;
        await em.query(`delete from agents.kb_chunks`);
        await em.query(
          `insert into agents.kb_chunks (id, article, article_title, title, body, position, embedding, embedding_model)
           select * from jsonb_to_recordset($1::jsonb) as x(id text, article text, article_title text, title text, body text, position int, embedding real[], embedding_model text)`,
          [
            JSON.stringify(
              sections.map((s, i) => ({
                id: s.id,
                article: s.article,
                article_title: s.articleTitle,
                title: s.title,
                body: s.body,
                position: s.position,
                embedding: vectors ? vectors[i] : null,
                embedding_model: vectors ? embeddingModel : null,
              })),
            ),
          ],
        );
        if (vectors && (await this.detectVector())) await em.query(`update agents.kb_chunks set embedding_vec = embedding::vector`);
        await em.query(
          `insert into agents.kb_state (id, content_hash, loaded_at) values (1, $1, now()) on conflict (id) do update set content_hash = excluded.content_hash, loaded_at = now()`,
          [stateHash],
        );
        this.logger.info({ sections: sections.length }, 'knowledge base loaded');
        return { changed: true, sections: sections.length };
      },
      { staff: true },
    );
  }

  /** Indexes (or re-indexes) a document from its `document.extracted` event; stale versions are ignored. */
  async ingestDocument(em: EntityManager, tenantId: string, p: DomainEvents['document.extracted']): Promise<boolean> {
    await this.lockSource(em, p.documentId);
    const [current] = await em.query(`select version from agents.sources where tenant_id = $1 and kind = 'document' and source_id = $2`, [tenantId, p.documentId]);
    if (current && current.version >= p.version) return false;
    const chunks = chunkDocument(p);
    let vectors: number[][] | null = null;
    if (this.llm.embeddingModel && chunks.length) {
      vectors = await this.llm.embed({ tenantId, userId: '', purpose: 'retrieval:index', idempotencyKey: `index:${p.documentId}:v${p.version}` }, chunks.map((c) => `${c.label}. ${c.content}`));
    }
    await em.query(`delete from agents.chunks where tenant_id = $1 and kind = 'document' and source_id = $2`, [tenantId, p.documentId]);
    await em.query(
      `insert into agents.sources (tenant_id, kind, source_id, title, version) values ($1, 'document', $2, $3, $4)
       on conflict (tenant_id, kind, source_id) do update set title = excluded.title, version = excluded.version, ingested_at = now()`,
      [tenantId, p.documentId, documentTitle(p), p.version],
    );
    if (chunks.length) {
      await em.query(
        `insert into agents.chunks (tenant_id, id, kind, source_id, label, field, content, position, embedding, embedding_model)
         select $1, x.id, 'document', $2, x.label, x.field, x.content, x.position, x.embedding, x.embedding_model
           from jsonb_to_recordset($3::jsonb) as x(id uuid, label text, field text, content text, position int, embedding real[], embedding_model text)`,
        [
          tenantId,
          p.documentId,
          JSON.stringify(chunks.map((c, i) => ({ id: newId(), ...c, embedding: vectors ? vectors[i] : null, embedding_model: vectors ? this.llm.embeddingModel : null }))),
        ],
      );
    }
    if (vectors && (await this.detectVector())) {
      await em.query(`update agents.chunks set embedding_vec = embedding::vector where tenant_id = $1 and kind = 'document' and source_id = $2`, [tenantId, p.documentId]);
    }
    return true;
  }

  /**
   * Serialises the events of one document (the consumer runs several at once). A row lock is not
   * enough: before the first indexing there is no row to lock, and an extraction racing the
   * deletion of a new document would index it after its removal.
   */
  private async lockSource(em: EntityManager, documentId: string): Promise<void> {
    await em.query(`select pg_advisory_xact_lock(hashtextextended('agents.source:' || $1, 0))`, [documentId]);
  }

  /** Removes a deleted document from retrieval (a later re-extraction of an older version is ignored). */
  async removeDocument(em: EntityManager, tenantId: string, documentId: string, version: number): Promise<void> {
    await this.lockSource(em, documentId);
    await em.query(`delete from agents.chunks where tenant_id = $1 and kind = 'document' and source_id = $2`, [tenantId, documentId]);
    await em.query(
      `insert into agents.sources (tenant_id, kind, source_id, title, version) values ($1, 'document', $2, '(excluído)', $3)
       on conflict (tenant_id, kind, source_id) do update set version = greatest(agents.sources.version, excluded.version), title = '(excluído)', ingested_at = now()`,
      [tenantId, documentId, version],
    );
  }

  /**
   * Full text in one statement: the chunks (account) and sections (knowledge base) matching
   * `precise`, ranked by `rank`; only when those are fewer than `limit`, also those matching `broad`
   * (a one-time filter: the broad scan does not run otherwise), ranked below. Only ids and scores are
   * ranked; content and titles are read for the winners.
   */
  private async fullText(em: EntityManager, tenantId: string, precise: string, broad: string, rank: string, limit: number): Promise<RetrievalHit[]> {
    // Document chunks are matched by agents.match_chunks (the GIN index, the caller's tenant; see
    // the 1731000200000 migration: under the RLS policy the planner cannot use the index for `@@`).
    // The knowledge base (22 sections, shared read) is matched inline. The queries are written
    // inline, not in a CTE, so the planner folds them into constants.
    const p = tsq(2);
    const b = tsq(3);
    const r = tsq(4);
    const rows = await em.query(
      `with dp as (select m.id, m.score from agents.match_chunks(${p}, ${r}, ${CANDIDATES}) m),
       kp as (select k.id, ts_rank(k.tsv, ${r}, 1) as score from agents.kb_chunks k
               where k.tsv @@ ${p} order by score desc, k.id limit ${CANDIDATES}),
       enough as (select (select count(*) from dp) + (select count(*) from kp) >= $5 as yes),
       db as (select m.id, m.score / 2 as score
               from agents.match_chunks(${b}, ${r}, ${CANDIDATES}, (select array_agg(id) from dp)) m
              where not (select yes from enough)),
       kb as (select k.id, ts_rank(k.tsv, ${r}, 1) / 2 as score from agents.kb_chunks k
               where not (select yes from enough) and k.tsv @@ ${b} and k.id not in (select id from kp)
               order by score desc, k.id limit ${CANDIDATES})
       select 'DOCUMENT' as kind, c.id::text as id, c.source_id::text as document_id, null as section_id, s.title, c.label, c.field, c.content, d.score
         from (select * from dp union all select * from db) d join agents.chunks c on c.tenant_id = $1 and c.id = d.id
         join agents.sources s on s.tenant_id = $1 and s.kind = c.kind and s.source_id = c.source_id
       union all
       select 'KNOWLEDGE', x.id, null, x.id, x.article_title, x.title, null, x.body, k.score
         from (select * from kp union all select * from kb) k join agents.kb_chunks x on x.id = k.id`,
      [tenantId, precise, broad, rank, limit],
    );
    return rows.map(row);
  }

  /** The best `limit` chunks for a question, from the account's documents and the knowledge base. */
  async search(ctx: LlmCallContext, question: string, limit = 5): Promise<RetrievalHit[]> {
    const words = [...new Set(terms(question))].slice(0, 24);
    let queryVector: number[] | null = null;
    if (this.llm.embeddingModel) {
      const v = await this.llm.embed({ ...ctx, purpose: 'retrieval:query' }, [question]);
      queryVector = v?.[0] ?? null;
    }
    if (!words.length && !queryVector) return [];
    return runInTenant(this.ds, { tenantId: ctx.tenantId, userId: ctx.userId }, async (em) => {
      let fts: RetrievalHit[] = [];
      if (words.length) {
        // Matching uses the question's specific words (generic ones such as "nota" or "valor" are in
        // almost every chunk and would make every search rank the whole account); ranking uses all.
        const specific = words.filter((w) => !GENERIC_TERMS.has(w));
        const match = specific.length ? specific : words;
        const rank = words.join(' | ');
        // Chunks with at least two of the specific words first (precise, few rows to rank); any of
        // them only when that finds too little.
        const broad = match.slice(0, 12).join(' | ');
        fts = await this.fullText(em, ctx.tenantId, match.length >= 2 ? pairs(match.slice(0, 8)) : broad, broad, rank, limit);
      }
      fts.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      if (!queryVector) return fts.slice(0, limit);

      // pgvector's cosine distance when installed, else exact cosine over the float arrays in SQL.
      const pg = await this.detectVector();
      const simChunk = pg ? `1 - (c.embedding_vec <=> $2::real[]::vector)` : `agents.cosine(c.embedding, $2::real[])`;
      const simKb = pg ? `1 - (k.embedding_vec <=> $2::real[]::vector)` : `agents.cosine(k.embedding, $2::real[])`;
      const vec: RetrievalHit[] = (
        await em.query(
          `(select 'DOCUMENT' as kind, c.id::text as id, c.source_id::text as document_id, null as section_id, s.title, c.label, c.field, c.content,
                   ${simChunk} as score
              from agents.chunks c join agents.sources s on s.tenant_id = c.tenant_id and s.kind = c.kind and s.source_id = c.source_id
             where c.tenant_id = $1 and c.embedding is not null and c.embedding_model = $3
             order by score desc, c.id limit ${CANDIDATES})
           union all
           (select 'KNOWLEDGE', k.id, null, k.id, k.article_title, k.title, null, k.body, ${simKb} as score
              from agents.kb_chunks k where k.embedding is not null and k.embedding_model = $3
             order by score desc, k.id limit ${CANDIDATES})`,
          [ctx.tenantId, queryVector, this.llm.embeddingModel],
        )
      ).map(row);
      vec.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      // Reciprocal rank fusion of the two rankings.
      const fused = new Map<string, RetrievalHit>();
      const add = (list: RetrievalHit[]) =>
        list.forEach((h, i) => {
          const prev = fused.get(h.id);
          const s = 1 / (RRF_K + i + 1);
          fused.set(h.id, prev ? { ...prev, score: prev.score + s } : { ...h, score: s });
        });
      add(fts);
      add(vec);
      return [...fused.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
    });
  }
}

/** Words present in nearly every chunk: they rank but do not select (the KB and documents are about these). */
const GENERIC_TERMS = new Set(['nota', 'fiscal', 'fiscai', 'valor', 'valore', 'documento', 'mei', 'empresa', 'arquivo', 'xml']);

/** `(a & b) | (a & c) | (b & c)`: chunks with at least two of the words. */
function pairs(words: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) out.push(`(${words[i]} & ${words[j]})`);
  return out.join(' | ');
}

/** The Portuguese tsquery of parameter `$n` (unaccented, as the stored `tsv`). */
function tsq(n: number): string {
  return `to_tsquery('pg_catalog.portuguese'::regconfig, agents.immutable_unaccent($${n}))`;
}

function row(r: any): RetrievalHit {
  return {
    kind: r.kind,
    id: r.id,
    documentId: r.document_id,
    sectionId: r.section_id,
    title: r.title,
    label: r.label,
    field: r.field,
    content: r.content,
    score: Number(r.score),
  };
}
