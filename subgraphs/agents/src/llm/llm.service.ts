import { setTimeout as sleep } from 'node:timers/promises';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import type { StructuredToolInterface } from '@langchain/core/tools';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppError, newId, runInTenant, type QuotaClient } from '@prumo/kit';
import type { AgentsSettings } from '../config';
import { OfflineChatModel } from './offline-model';
import { countMessageTokens, countTokens, messageText } from './tokens';

export interface LlmCallContext {
  tenantId: string;
  userId: string;
  /** What the call is for (assistant, chat, consultant:financial, ...): kept with the usage row. */
  purpose: string;
  /** Same key = same reservation at billing (a retried job is not metered twice). */
  idempotencyKey?: string;
}

export interface LlmInvokeOptions {
  tools?: StructuredToolInterface[];
  /**
   * Receives the answer's text so far as it arrives (the call streams). The whole text, not a
   * delta: when a dropped stream is retried the text starts over instead of being written twice.
   */
  stream?: (textSoFar: string) => void;
  maxTokens?: number;
  kind?: 'fast' | 'smart';
}

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface LlmService {
  /** true = the deterministic offline model answers ("modo offline"). */
  readonly offline: boolean;
  /** Model names, for the UI and the usage rows. */
  readonly modelName: string;
  chatModel(kind?: 'fast' | 'smart'): BaseChatModel;
  invoke(ctx: LlmCallContext, messages: BaseMessage[], opts?: LlmInvokeOptions): Promise<{ message: AIMessage; usage: LlmUsage }>;
  /** null when no embedding model is configured (or offline). */
  embed(ctx: LlmCallContext, texts: string[]): Promise<number[][] | null>;
  readonly embeddingModel: string | null;
  /** Embeddings of platform content (the shared knowledge base): not metered to any account. */
  embedForPlatform(texts: string[]): Promise<number[][] | null>;
}

export const LLM_UNAVAILABLE = 'O modelo de IA não respondeu agora. Nada foi cobrado; tente novamente em instantes.';

const DEFAULT_MAX_TOKENS = 1024;

export interface LlmDeps {
  config: AgentsSettings;
  quota: QuotaClient;
  ds: DataSource;
  logger: Logger;
  /** Base delay of the retry backoff (doubles per attempt). */
  retryBaseMs?: number;
}

/** The one door to language models: metering, timeouts, retries and usage rows for every call. */
export function createLlmService(deps: LlmDeps): LlmService {
  return new MeteredLlmService(deps);
}

class MeteredLlmService implements LlmService {
  readonly offline: boolean;
  readonly modelName: string;
  readonly embeddingModel: string | null;
  private readonly offlineModel = new OfflineChatModel();

  constructor(private readonly deps: LlmDeps) {
    this.offline = !deps.config.OPENAI_API_KEY;
    this.modelName = this.offline ? 'prumo-offline' : deps.config.OPENAI_CHAT_MODEL;
    this.embeddingModel = this.offline ? null : (deps.config.OPENAI_EMBEDDING_MODEL ?? null);
  }

  chatModel(kind: 'fast' | 'smart' = 'fast', maxTokens?: number): BaseChatModel {
    if (this.offline) return this.offlineModel;
    const s = this.deps.config;
    return new ChatOpenAI({
      model: kind === 'smart' ? s.smartModel : s.OPENAI_CHAT_MODEL,
      apiKey: s.OPENAI_API_KEY,
      configuration: { baseURL: s.OPENAI_BASE_URL },
      timeout: s.LLM_TIMEOUT_MS,
      // Retries are ours (below): one policy for 429/5xx/timeouts, with the metering around it.
      maxRetries: 0,
      maxTokens,
      temperature: 0.2,
      streamUsage: true,
    });
  }

  async invoke(ctx: LlmCallContext, messages: BaseMessage[], opts: LlmInvokeOptions = {}): Promise<{ message: AIMessage; usage: LlmUsage }> {
    const maxTokens = opts.maxTokens ?? DEFAULT_MAX_TOKENS;
    const tools = opts.tools ?? [];
    const schemas = tools.map((t) => convertToOpenAITool(t));
    const estimate = countMessageTokens(messages, schemas) + maxTokens;
    const key = `llm:${ctx.idempotencyKey ?? newId()}`;
    // PAYMENT_REQUIRED here, before any model is called.
    const reservation = await this.deps.quota.reserve(ctx.tenantId, 'llm_tokens', estimate, key);
    if (reservation.replayed) this.deps.logger.warn({ key }, 'llm call replayed an existing reservation');
    const model = this.chatModel(opts.kind, maxTokens);
    const runnable = tools.length ? model.bindTools!(tools) : model;
    const started = Date.now();
    let message: AIMessage;
    try {
      message = await this.withRetries(async () => {
        const signal = AbortSignal.timeout(this.deps.config.LLM_TIMEOUT_MS);
        if (!opts.stream) return (await runnable.invoke(messages, { signal })) as AIMessage;
        let acc: AIMessageChunk | null = null;
        let soFar = '';
        for await (const chunk of await runnable.stream(messages, { signal })) {
          const c = chunk as AIMessageChunk;
          acc = acc ? acc.concat(c) : c;
          const text = typeof c.content === 'string' ? c.content : messageText(c);
          if (text) opts.stream!((soFar += text));
        }
        if (!acc) throw new Error('empty stream');
        return new AIMessage({
          content: acc.content,
          tool_calls: acc.tool_calls,
          usage_metadata: acc.usage_metadata,
          response_metadata: acc.response_metadata,
          id: acc.id,
        });
      });
    } catch (err) {
      await this.deps.quota.release(ctx.tenantId, key).catch((e) => this.deps.logger.warn({ err: e }, 'could not release llm reservation'));
      if (err instanceof AppError) throw err;
      this.deps.logger.warn({ err, purpose: ctx.purpose }, 'llm call failed');
      throw new AppError('INTERNAL', LLM_UNAVAILABLE, { reason: 'LLM_UNAVAILABLE' });
    }
    const ms = Date.now() - started;
    // The provider's own count when it sends one; else ours (the offline model always counts).
    const promptTokens = message.usage_metadata?.input_tokens ?? countMessageTokens(messages, schemas);
    const completionTokens =
      message.usage_metadata?.output_tokens ?? countTokens(messageText(message)) + countTokens(JSON.stringify(message.tool_calls ?? []));
    await this.settle(ctx, key, promptTokens + completionTokens);
    await this.record(ctx, this.offline ? 'prumo-offline' : modelOf(message, opts.kind === 'smart' ? this.deps.config.smartModel : this.deps.config.OPENAI_CHAT_MODEL), promptTokens, completionTokens, ms);
    return { message, usage: { promptTokens, completionTokens } };
  }

  async embed(ctx: LlmCallContext, texts: string[]): Promise<number[][] | null> {
    if (!this.embeddingModel || !texts.length) return this.embeddingModel ? [] : null;
    const s = this.deps.config;
    const estimate = texts.reduce((n, t) => n + countTokens(t), 0);
    const key = `llm:${ctx.idempotencyKey ?? newId()}`;
    await this.deps.quota.reserve(ctx.tenantId, 'llm_tokens', Math.max(1, estimate), key);
    const started = Date.now();
    const embeddings = new OpenAIEmbeddings({
      model: this.embeddingModel,
      apiKey: s.OPENAI_API_KEY,
      configuration: { baseURL: s.OPENAI_BASE_URL },
      timeout: s.LLM_TIMEOUT_MS,
      maxRetries: 0,
    });
    let vectors: number[][];
    try {
      vectors = await this.withRetries(() => embeddings.embedDocuments(texts));
    } catch (err) {
      await this.deps.quota.release(ctx.tenantId, key).catch(() => undefined);
      this.deps.logger.warn({ err, purpose: ctx.purpose }, 'embedding call failed');
      throw new AppError('INTERNAL', LLM_UNAVAILABLE, { reason: 'LLM_UNAVAILABLE' });
    }
    await this.settle(ctx, key, Math.max(1, estimate));
    await this.record(ctx, this.embeddingModel, Math.max(1, estimate), 0, Date.now() - started);
    return vectors;
  }

  async embedForPlatform(texts: string[]): Promise<number[][] | null> {
    if (!this.embeddingModel) return null;
    if (!texts.length) return [];
    const s = this.deps.config;
    const embeddings = new OpenAIEmbeddings({ model: this.embeddingModel, apiKey: s.OPENAI_API_KEY, configuration: { baseURL: s.OPENAI_BASE_URL }, timeout: s.LLM_TIMEOUT_MS, maxRetries: 0 });
    return this.withRetries(() => embeddings.embedDocuments(texts));
  }

  /**
   * Commits the real count of a call that succeeded. The answer exists and was paid for at the
   * provider: a billing hiccup now must not turn it into an error for the user. The reservation then
   * stays counted at the estimate (never under-charged; at most over-counted by estimate - actual),
   * and the usage row records the real count.
   */
  private async settle(ctx: LlmCallContext, key: string, tokens: number): Promise<void> {
    await this.deps.quota
      .commit(ctx.tenantId, key, tokens)
      .catch((err) => this.deps.logger.warn({ err, key, tokens }, 'llm usage not committed at billing; the estimate stays reserved'));
  }

  private async withRetries<T>(fn: () => Promise<T>): Promise<T> {
    const attempts = 1 + this.deps.config.LLM_MAX_RETRIES;
    const base = this.deps.retryBaseMs ?? 500;
    for (let i = 0; ; i++) {
      try {
        return await fn();
      } catch (err) {
        const status = statusOf(err);
        const retryable = status === 429 || (status !== undefined && status >= 500) || isTimeoutOrNetwork(err);
        if (!retryable || i + 1 >= attempts) throw err;
        const retryAfter = retryAfterMs(err);
        const delay = Math.min(retryAfter ?? base * 2 ** i + Math.floor(Math.random() * base), 20_000);
        this.deps.logger.info({ status, attempt: i + 1, delay }, 'llm call retried');
        await sleep(delay);
      }
    }
  }

  private async record(ctx: LlmCallContext, model: string, promptTokens: number, completionTokens: number, ms: number): Promise<void> {
    await runInTenant(this.deps.ds, { tenantId: ctx.tenantId, userId: ctx.userId }, (em) =>
      em.query(
        `insert into agents.llm_usage (tenant_id, id, user_id, purpose, model, offline, prompt_tokens, completion_tokens, ms)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [ctx.tenantId, newId(), ctx.userId || null, ctx.purpose, model, this.offline, promptTokens, completionTokens, ms],
      ),
    );
  }
}

function modelOf(message: AIMessage, fallback: string): string {
  const m = (message.response_metadata as { model_name?: string; model?: string } | undefined) ?? {};
  return m.model_name ?? m.model ?? fallback;
}

function statusOf(err: unknown): number | undefined {
  const e = err as { status?: unknown; response?: { status?: unknown }; cause?: unknown };
  if (typeof e?.status === 'number') return e.status;
  if (typeof e?.response?.status === 'number') return e.response.status;
  if (e?.cause && e.cause !== err) return statusOf(e.cause);
  return undefined;
}

// A stream cut mid-answer reaches us from undici as `TypeError: terminated` with the socket error
// as its cause; it is as retryable as a refused connection.
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_CONNECT_TIMEOUT']);

function isTimeoutOrNetwork(err: unknown): boolean {
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  const name = e?.name ?? '';
  return (
    name === 'TimeoutError' ||
    name === 'APIConnectionTimeoutError' ||
    name === 'APIConnectionError' ||
    NETWORK_CODES.has(e?.code ?? '') ||
    NETWORK_CODES.has(e?.cause?.code ?? '') ||
    /timed? ?out|aborted/i.test(e?.message ?? '')
  );
}

function retryAfterMs(err: unknown): number | undefined {
  const h = (err as { headers?: Record<string, string> | Headers })?.headers;
  if (!h) return undefined;
  const get = (k: string) => (typeof (h as Headers).get === 'function' ? (h as Headers).get(k) : (h as Record<string, string>)[k]) ?? undefined;
  const ms = Number(get('retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0 && get('retry-after-ms') !== undefined) return ms;
  const s = Number(get('retry-after'));
  if (Number.isFinite(s) && s >= 0 && get('retry-after') !== undefined) return s * 1000;
  return undefined;
}
