/**
 * A local fake of OpenAI's HTTP API (the slice Prumo uses), so the real `openai` SDK and LangChain's
 * ChatOpenAI/OpenAIEmbeddings run against it in tests:
 *   OPENAI_BASE_URL = fake.baseUrl (http://127.0.0.1:<port>/v1), OPENAI_API_KEY = 'test'.
 *
 * - `POST /v1/chat/completions`: non-streaming `chat.completion` objects, or with `stream: true`
 *   Server-Sent Events of `chat.completion.chunk` objects (content split in 12-character pieces,
 *   `streamDelayMs` apart when the reply says so, tool calls as
 *   argument deltas, a final usage chunk when `stream_options.include_usage`), ending `data: [DONE]`.
 * - `POST /v1/embeddings`: deterministic vectors (a hashed bag of words, so similar texts are near)
 *   unless a script gives them.
 * Replies are scripted per test: a queue (`reply`) consumed in order, else `handler(request)`, else
 * a default echo. `failNext(n, status)` answers the next n model calls with 429/500 errors.
 * Every request is recorded (`requests`). Usage counts are computed from the messages unless given.
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface FakeToolCall {
  id?: string;
  name: string;
  arguments: Record<string, unknown> | string;
}

export interface FakeChatReply {
  content?: string | null;
  toolCalls?: FakeToolCall[];
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Reply with this HTTP error instead (status, message). */
  error?: { status: number; message?: string; headers?: Record<string, string> };
  /** Wait before answering (timeouts). */
  delayMs?: number;
  /** Streaming: wait this long between content pieces (a model writing at a human-visible pace). */
  streamDelayMs?: number;
  /** Streaming: drop the connection after this many content pieces (a stream cut mid-answer). */
  breakAfterPieces?: number;
}

export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string; name?: string }>;
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters?: unknown } }>;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
  [k: string]: unknown;
}

export interface RecordedOpenAiRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface FakeOpenAi {
  url: string;
  /** For OPENAI_BASE_URL. */
  baseUrl: string;
  requests: RecordedOpenAiRequest[];
  /** Chat requests only. */
  chatRequests(): ChatRequestBody[];
  /** Queues replies for the next chat calls, in order. */
  reply(...replies: FakeChatReply[]): void;
  /** Answers chat calls with no queued reply. */
  handler: ((req: ChatRequestBody) => FakeChatReply) | null;
  embeddingHandler: ((input: string[], model: string) => number[][]) | null;
  /** The next n model calls (chat or embeddings) fail with this status. */
  failNext(n: number, status?: number, headers?: Record<string, string>): void;
  reset(): void;
  stop(): Promise<void>;
}

export const FAKE_EMBEDDING_DIM = 64;

/** A deterministic embedding: words hashed into buckets, L2-normalized. */
export function fakeEmbedding(text: string, dim = FAKE_EMBEDDING_DIM): number[] {
  const v = new Array<number>(dim).fill(0);
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2);
  for (const w of words) {
    const h = createHash('sha1').update(w).digest();
    v[h[0] % dim] += 1;
    v[h[1] % dim] += 0.5;
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

/** Rough token count (4 characters a token), like a real server's count for the fake's purposes. */
function roughTokens(value: unknown): number {
  const s = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  return Math.max(1, Math.ceil(s.length / 4));
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const queue: FakeChatReply[] = [];
  let failures: { n: number; status: number; headers: Record<string, string> } = { n: 0, status: 500, headers: {} };
  let seq = 0;

  const fake: FakeOpenAi = {
    url: '',
    baseUrl: '',
    requests: [],
    chatRequests: () => fake.requests.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body as ChatRequestBody),
    reply: (...replies) => void queue.push(...replies),
    handler: null,
    embeddingHandler: null,
    failNext(n, status = 500, headers = {}) {
      failures = { n, status, headers };
    },
    reset() {
      queue.length = 0;
      fake.requests.length = 0;
      fake.handler = null;
      fake.embeddingHandler = null;
      failures = { n: 0, status: 500, headers: {} };
    },
    stop: async () => undefined,
  };

  const sendError = (res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}) => {
    const type = status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ error: { message, type, param: null, code: status === 429 ? 'rate_limit_exceeded' : null } }));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const path = (req.url ?? '').split('?')[0];
      let body: any = {};
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch {
        sendError(res, 400, 'Invalid JSON body');
        return;
      }
      fake.requests.push({ path, headers: req.headers, body });
      if (!/^Bearer \S+/.test(String(req.headers.authorization ?? ''))) {
        sendError(res, 401, 'Incorrect API key provided');
        return;
      }
      if (req.method !== 'POST' || (path !== '/v1/chat/completions' && path !== '/v1/embeddings')) {
        sendError(res, 404, `Unknown request URL: ${req.method} ${path}`);
        return;
      }
      if (failures.n > 0) {
        failures.n--;
        sendError(res, failures.status, failures.status === 429 ? 'Rate limit reached' : 'The server had an error', failures.headers);
        return;
      }
      if (path === '/v1/embeddings') {
        const input: string[] = Array.isArray(body.input) ? body.input : [body.input];
        const vectors = fake.embeddingHandler ? fake.embeddingHandler(input, body.model) : input.map((t) => fakeEmbedding(String(t)));
        const tokens = input.reduce((n, t) => n + roughTokens(t), 0);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            object: 'list',
            data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
            model: body.model,
            usage: { prompt_tokens: tokens, total_tokens: tokens },
          }),
        );
        return;
      }

      const chat = body as ChatRequestBody;
      const reply: FakeChatReply = queue.shift() ?? (fake.handler ? fake.handler(chat) : { content: `eco: ${lastUserText(chat)}` });
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (reply.error) {
        sendError(res, reply.error.status, reply.error.message ?? 'error', reply.error.headers);
        return;
      }
      const id = `chatcmpl-fake${++seq}`;
      const created = Math.floor(Date.now() / 1000);
      const toolCalls = (reply.toolCalls ?? []).map((t, i) => ({
        id: t.id ?? `call_${seq}_${i}`,
        type: 'function' as const,
        function: { name: t.name, arguments: typeof t.arguments === 'string' ? t.arguments : JSON.stringify(t.arguments) },
      }));
      const content = reply.content ?? (toolCalls.length ? null : '');
      const usage = reply.usage ?? {
        prompt_tokens: chat.messages.reduce((n, m) => n + 4 + roughTokens(m.content ?? '') + roughTokens(m.tool_calls ?? ''), 3) + (chat.tools ? roughTokens(chat.tools) : 0),
        completion_tokens: roughTokens(content ?? '') + (toolCalls.length ? roughTokens(toolCalls) : 0),
      };
      const fullUsage = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
      const finish = toolCalls.length ? 'tool_calls' : 'stop';

      if (!chat.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id,
            object: 'chat.completion',
            created,
            model: chat.model,
            choices: [{ index: 0, message: { role: 'assistant', content, ...(toolCalls.length ? { tool_calls: toolCalls } : {}), refusal: null }, logprobs: null, finish_reason: finish }],
            usage: fullUsage,
            system_fingerprint: 'fp_fake',
          }),
        );
        return;
      }

      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const send = (delta: Record<string, unknown>, finishReason: string | null = null, extra: Record<string, unknown> = {}) =>
        res.write(
          `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: chat.model, system_fingerprint: 'fp_fake', choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }], ...extra })}\n\n`,
        );
      send({ role: 'assistant', content: toolCalls.length ? null : '' });
      let sent = 0;
      for (const piece of content ? (content.match(/.{1,12}/gs) ?? []) : []) {
        if (reply.streamDelayMs) await new Promise((r) => setTimeout(r, reply.streamDelayMs));
        if (res.destroyed) return;
        if (reply.breakAfterPieces !== undefined && sent >= reply.breakAfterPieces) {
          await new Promise((r) => setTimeout(r, 20)); // let the pieces already written reach the client
          res.socket?.destroy();
          return;
        }
        send({ content: piece });
        sent++;
      }
      toolCalls.forEach((t, index) => {
        send({ tool_calls: [{ index, id: t.id, type: 'function', function: { name: t.function.name, arguments: '' } }] });
        for (const piece of t.function.arguments.match(/.{1,10}/gs) ?? []) send({ tool_calls: [{ index, function: { arguments: piece } }] });
      });
      send({}, finish);
      if (chat.stream_options?.include_usage) {
        res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: chat.model, choices: [], usage: fullUsage })}\n\n`);
      }
      res.write('data: [DONE]\n\n');
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.baseUrl = `${fake.url}/v1`;
  fake.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

function lastUserText(chat: ChatRequestBody): string {
  const m = [...chat.messages].reverse().find((x) => x.role === 'user');
  if (!m) return '';
  return typeof m.content === 'string' ? m.content : JSON.stringify(m.content);
}
