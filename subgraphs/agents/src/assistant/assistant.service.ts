import { AIMessage, HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { decodeCursor, newId, notFound, pageSize, parseInput, runInTenant, toConnection, type AccessClaims, type LivePublisher } from '@prumo/kit';
import { CHAT_MODE_MARKER, citedNumbers, formatSources, messageText, OFFLINE_NOTHING_FOUND, type LlmService } from '../llm';
import type { RetrievalHit, RetrievalService } from '../retrieval/retrieval.service';
import type { SupergraphClient } from '../supergraph';
import { askSchema, type AskInput } from './assistant.inputs';
import { AnswerStream } from './assistant.stream';
import { dataTools, type DataCitation } from './data-tools';
import { todayIn } from './intents';

export interface CitationOut {
  kind: 'DOCUMENT' | 'KNOWLEDGE' | 'DATA';
  number: number | null;
  documentId: string | null;
  field: string | null;
  sectionId: string | null;
  title: string;
  label: string;
  excerpt: string;
  link: string | null;
}

export interface AskResult {
  answer: string;
  citations: CitationOut[];
  conversationId: string;
  messageId: string;
  offline: boolean;
}

interface ConversationRow {
  id: string;
  mode: 'ASSISTANT' | 'CHAT';
  title: string;
  created_at: Date;
  updated_at: Date;
}

/** Rounds of tool calls before the answer is composed from what the tools said. */
const MAX_ROUNDS = 4;
/** Earlier messages sent with a question (online model) for follow-ups. */
const HISTORY = 6;
const SOURCES = 5;

export class AssistantService {
  constructor(
    private readonly ds: DataSource,
    private readonly llm: LlmService,
    private readonly retrieval: RetrievalService,
    private readonly supergraph: SupergraphClient,
    private readonly logger: Logger,
    /** Live events of answers asked with a `streamId` (none without a publisher). */
    private readonly live: LivePublisher | null = null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Answers a question. ASSISTANT: the account's figures through tools (called as the user) and
   * retrieved sources with citations; CHAT: the model alone. Nothing is stored unless the answer is.
   * With a `streamId`, the answer is also published as it is written (topic 'assistant', private to
   * the user): RUNNING events with the text so far, then DONE with the stored answer, or FAILED.
   */
  async ask(auth: AccessClaims, userToken: string | null, raw: unknown): Promise<AskResult> {
    // Invalid input (a streamId that is not a UUID too) is refused before anything is published.
    const input = parseInput(askSchema, raw);
    const stream = input.streamId && this.live ? new AnswerStream(this.live, auth.tid, auth.sub, input.streamId, this.logger) : null;
    if (!stream) return this.answer(auth, userToken, input, null);
    stream.thinking();
    let result: AskResult;
    try {
      result = await this.answer(auth, userToken, input, stream);
    } catch (err) {
      await stream.fail(err);
      throw err;
    }
    await stream.done(result);
    return result;
  }

  private async answer(auth: AccessClaims, userToken: string | null, input: AskInput, stream: AnswerStream | null): Promise<AskResult> {
    const scope = { tenantId: auth.tid, userId: auth.sub };
    let conversation: ConversationRow | null = null;
    let history: Array<{ role: string; content: string }> = [];
    if (input.conversationId) {
      const found = await runInTenant(this.ds, scope, async (em) => {
        const [c] = await em.query(`select id, mode, title, created_at, updated_at from agents.conversations where id = $1 and user_id = $2`, [input.conversationId, auth.sub]);
        if (!c) return null;
        const h = await em.query(
          `select role, content from (select role, content, created_at, id from agents.messages where conversation_id = $1 order by created_at desc, id desc limit ${HISTORY}) m order by created_at, id`,
          [input.conversationId],
        );
        return { c: c as ConversationRow, h };
      });
      if (!found) throw notFound('Conversa não encontrada.');
      conversation = found.c;
      history = found.h;
    }
    const mode = conversation?.mode ?? input.mode ?? 'ASSISTANT';
    const messageId = newId();
    const ctx = { tenantId: auth.tid, userId: auth.sub, purpose: mode === 'CHAT' ? 'chat' : 'assistant' };
    const today = todayIn(this.now());
    const todayText = `${String(today.day).padStart(2, '0')}/${String(today.month).padStart(2, '0')}/${today.year}`;
    const past = history.map((m) => (m.role === 'user' ? new HumanMessage(m.content) : new AIMessage(m.content)));

    let answer: string;
    let citations: CitationOut[] = [];
    if (mode === 'CHAT') {
      const messages: BaseMessage[] = [
        new SystemMessage(
          `${CHAT_MODE_MARKER} Você é o assistente do Prumo, um sistema de gestão para microempreendedores (MEI) no Brasil. ` +
            `Converse em português do Brasil, de forma clara e breve. Não invente números da empresa do usuário: para eles, sugira o modo Assistente. Hoje é ${todayText}.`,
        ),
        ...past,
        new HumanMessage(input.question),
      ];
      const { message } = await this.llm.invoke({ ...ctx, idempotencyKey: `${messageId}:0` }, messages, { stream: stream?.round() });
      answer = messageText(message).trim();
    } else {
      const hits = await this.retrieval.search(ctx, input.question, SOURCES);
      const cited: DataCitation[] = [];
      let token: string | null = userToken;
      const tools = dataTools({
        supergraph: this.supergraph,
        token: async () => (token ??= await this.supergraph.delegatedToken(auth.sub, auth.tid)),
        now: this.now,
        cited,
      });
      const system =
        'Você é o assistente fiscal do Prumo para microempreendedores (MEI) no Brasil. Responda em português do Brasil, de forma curta e direta.\n' +
        '- Para números da conta (faturamento do mês ou do ano, limite do MEI restante, próximo DAS, maiores despesas, saldo das contas, faturas de energia em aberto) use SEMPRE as ferramentas e reproduza os valores exatamente como elas informam.\n' +
        '- Para as demais perguntas use somente as fontes abaixo e cite cada afirmação com o número da fonte entre colchetes, por exemplo [S1]. Se as fontes não responderem, diga que não encontrou a informação; não invente.\n' +
        `- Hoje é ${todayText} (horário de Brasília).\n\n` +
        formatSources(hits.map((h, i) => ({ n: i + 1, title: h.title, label: h.label, text: h.content })));
      const messages: BaseMessage[] = [new SystemMessage(system), ...past, new HumanMessage(input.question)];
      const toolOutputs: string[] = [];
      answer = '';
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const { message } = await this.llm.invoke({ ...ctx, idempotencyKey: `${messageId}:${round}` }, messages, { tools, stream: stream?.round() });
        const calls = message.tool_calls ?? [];
        if (!calls.length) {
          answer = messageText(message).trim();
          break;
        }
        stream?.tools();
        messages.push(message);
        for (const call of calls) {
          const t = tools.find((x) => x.name === call.name);
          const out = t ? String(await t.invoke(call.args as never)) : `Ferramenta desconhecida: ${call.name}.`;
          toolOutputs.push(out);
          messages.push(new ToolMessage({ content: out, tool_call_id: call.id ?? `${call.name}-${round}`, name: call.name }));
        }
      }
      if (!answer) answer = toolOutputs.join('\n\n') || OFFLINE_NOTHING_FOUND;
      citations = sourceCitations(answer, hits, !this.llm.offline && !cited.length);
      citations.push(...cited.map((c) => ({ kind: c.kind, number: null, documentId: null, field: null, sectionId: null, title: c.title, label: c.label, excerpt: c.excerpt, link: c.link })));
    }

    const conversationId = conversation?.id ?? newId();
    await runInTenant(this.ds, scope, async (em) => {
      if (!conversation) {
        await em.query(`insert into agents.conversations (tenant_id, id, user_id, mode, title) values ($1, $2, $3, $4, $5)`, [
          auth.tid,
          conversationId,
          auth.sub,
          mode,
          titleOf(input.question),
        ]);
      } else {
        await em.query(`update agents.conversations set updated_at = now() where id = $1`, [conversationId]);
      }
      await em.query(
        `insert into agents.messages (tenant_id, id, conversation_id, user_id, role, content, citations, offline, created_at)
         values ($1, $2, $3, $4, 'user', $5, '[]', $7, clock_timestamp()), ($1, $6, $3, $4, 'assistant', $8, $9::jsonb, $7, clock_timestamp() + interval '1 millisecond')`,
        [auth.tid, newId(), conversationId, auth.sub, input.question, messageId, this.llm.offline, answer, JSON.stringify(citations)],
      );
    });
    return { answer, citations, conversationId, messageId, offline: this.llm.offline };
  }

  async list(auth: AccessClaims, first?: number, after?: string) {
    const limit = pageSize(first, 100, 20);
    const cursor = decodeCursor(after);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const rows: ConversationRow[] = await em.query(
        `select id, mode, title, created_at, updated_at from agents.conversations
          where user_id = $1 ${cursor ? `and (updated_at, id) < ($3::timestamptz, $4::uuid)` : ''}
          order by updated_at desc, id desc limit $2`,
        cursor ? [auth.sub, limit + 1, cursor.at, cursor.id] : [auth.sub, limit + 1],
      );
      return toConnection(rows, limit, toSummary, (r) => ({ at: new Date(r.updated_at).toISOString(), id: r.id }));
    });
  }

  async get(auth: AccessClaims, id: string) {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const [c]: ConversationRow[] = await em.query(`select id, mode, title, created_at, updated_at from agents.conversations where id = $1 and user_id = $2`, [id, auth.sub]);
      if (!c) return null;
      const messages: Array<{ id: string; role: string; content: string; citations: CitationOut[]; offline: boolean; created_at: Date }> = await em.query(
        `select id, role, content, citations, offline, created_at from (
           select * from agents.messages where conversation_id = $1 order by created_at desc, id desc limit 200) m
         order by created_at, id`,
        [id],
      );
      return { ...toSummary(c), messages: messages.map((m) => ({ id: m.id, role: m.role, content: m.content, citations: m.citations, offline: m.offline, createdAt: m.created_at })) };
    });
  }

  async delete(auth: AccessClaims, id: string): Promise<boolean> {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const [rows] = await em.query(`delete from agents.conversations where id = $1 and user_id = $2 returning id`, [id, auth.sub]);
      if (!rows?.length) throw notFound('Conversa não encontrada.');
      return true;
    });
  }
}

function toSummary(c: ConversationRow) {
  return { id: c.id, mode: c.mode, title: c.title, createdAt: c.created_at, updatedAt: c.updated_at };
}

function titleOf(question: string): string {
  const q = question.replace(/\s+/g, ' ').trim();
  return q.length > 80 ? `${q.slice(0, 77)}...` : q;
}

/** The sources the answer cites ([S1]...); when an online answer cites none, its top sources. */
function sourceCitations(answer: string, hits: RetrievalHit[], fallback: boolean): CitationOut[] {
  let numbers = citedNumbers(answer).filter((n) => n >= 1 && n <= hits.length);
  if (!numbers.length && fallback && hits.length && answer !== OFFLINE_NOTHING_FOUND) numbers = hits.slice(0, 2).map((_, i) => i + 1);
  return numbers.map((n) => {
    const h = hits[n - 1];
    const excerpt = h.content.length > 320 ? `${h.content.slice(0, 317)}...` : h.content;
    return h.kind === 'DOCUMENT'
      ? { kind: 'DOCUMENT' as const, number: n, documentId: h.documentId, field: h.field, sectionId: null, title: h.title, label: h.label, excerpt, link: `/documentos?doc=${h.documentId}` }
      : { kind: 'KNOWLEDGE' as const, number: n, documentId: null, field: null, sectionId: h.sectionId, title: h.title, label: h.label, excerpt, link: null };
  });
}
