import { setTimeout as sleep } from 'node:timers/promises';
import { BaseChatModel, type BaseChatModelCallOptions, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage, type ToolCall } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import { parseSources, type PromptSource } from './sources';
import { normalize, terms } from './text';
import { countMessageTokens, countTokens, messageText } from './tokens';

/**
 * What a tool tells the offline model: given the user's question, the arguments to call it with, or
 * null when the question is not for this tool. Tools carry it in `metadata.offlinePlan`.
 */
export type OfflinePlan = (question: string) => Record<string, unknown> | null;

export interface OfflineCallOptions extends BaseChatModelCallOptions {
  tools?: BindToolsInput[];
}

/** System-prompt marker of the general chat mode (no retrieval, no tools). */
export const CHAT_MODE_MARKER = '[modo: conversa]';

export const OFFLINE_CHAT_REPLY =
  'Estou em modo offline: nenhum modelo de linguagem está configurado, então não converso livremente. ' +
  'Mesmo assim respondo com exatidão, no modo Assistente, a perguntas sobre os números da sua conta ' +
  '(faturamento do mês, do mês passado e do ano, limite do MEI restante, próximo DAS, maiores despesas do mês, ' +
  'saldo das contas e faturas de energia em aberto) e procuro respostas nos seus documentos e na base de conhecimento do MEI.';

export const OFFLINE_NOTHING_FOUND =
  'Não encontrei nos seus documentos nem na base de conhecimento do MEI informação sobre isso. ' +
  'Tente com outras palavras (por exemplo o número da nota, o nome do cliente ou o tema: limite, DAS, DASN-SIMEI, nota fiscal).';

/**
 * The deterministic offline model ("modo offline"): the same input always gives the same output.
 * It plans tool calls from each tool's declared `offlinePlan`, phrases tool results, and answers
 * from the retrieved sources in the prompt by quoting their most relevant sentences with citations.
 * It never invents content: with nothing to go on it says so.
 */
export class OfflineChatModel extends BaseChatModel<OfflineCallOptions> {
  readonly modelName = 'prumo-offline';
  private readonly streamPauseMs: number;

  /** `streamPauseMs`: pause between streamed word groups (only when streaming; 0 = none). */
  constructor(opts: { streamPauseMs?: number } = {}) {
    super({});
    this.streamPauseMs = opts.streamPauseMs ?? OFFLINE_STREAM_PAUSE_MS;
  }

  _llmType(): string {
    return 'prumo-offline';
  }

  override bindTools(tools: BindToolsInput[], kwargs?: Partial<OfflineCallOptions>): Runnable<any, AIMessageChunk, OfflineCallOptions> {
    return this.withConfig({ ...(kwargs ?? {}), tools } as Partial<OfflineCallOptions>) as unknown as Runnable<any, AIMessageChunk, OfflineCallOptions>;
  }

  async _generate(messages: BaseMessage[], options: this['ParsedCallOptions']): Promise<ChatResult> {
    const message = offlineRespond(messages, (options as OfflineCallOptions).tools ?? []);
    return { generations: [{ text: messageText(message), message }], llmOutput: { tokenUsage: message.usage_metadata } };
  }

  override async *_streamResponseChunks(messages: BaseMessage[], options: this['ParsedCallOptions']): AsyncGenerator<ChatGenerationChunk> {
    const message = offlineRespond(messages, (options as OfflineCallOptions).tools ?? []);
    const text = messageText(message);
    if (message.tool_calls?.length) {
      yield new ChatGenerationChunk({
        text: '',
        message: new AIMessageChunk({
          content: '',
          tool_call_chunks: message.tool_calls.map((c, index) => ({ name: c.name, args: JSON.stringify(c.args), id: c.id, index, type: 'tool_call_chunk' as const })),
        }),
      });
    } else {
      // In groups of words at a steady pace, so streaming clients see the answer being written as
      // with a real model. The pieces depend only on the text: the same answer, the same pieces.
      const pieces = streamPieces(text);
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0 && this.streamPauseMs > 0) await sleep(this.streamPauseMs, undefined, { signal: options.signal });
        yield new ChatGenerationChunk({ text: pieces[i], message: new AIMessageChunk({ content: pieces[i] }) });
      }
    }
    yield new ChatGenerationChunk({ text: '', message: new AIMessageChunk({ content: '', usage_metadata: message.usage_metadata }) });
  }
}

/** Words per streamed piece of an offline answer, and the pause between pieces. */
export const OFFLINE_STREAM_WORDS = 3;
export const OFFLINE_STREAM_PAUSE_MS = 15;

/** An answer cut into pieces of OFFLINE_STREAM_WORDS words (each with its trailing whitespace). */
export function streamPieces(text: string): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += OFFLINE_STREAM_WORDS) pieces.push(words.slice(i, i + OFFLINE_STREAM_WORDS).join(''));
  return pieces;
}

function toolName(t: BindToolsInput): string {
  const x = t as { name?: string; function?: { name?: string } };
  return x.name ?? x.function?.name ?? '';
}

/** The offline model's whole behaviour, a pure function of the messages and tools. */
export function offlineRespond(messages: BaseMessage[], tools: BindToolsInput[]): AIMessage {
  const lastHuman = findLastIndex(messages, (m) => m._getType() === 'human');
  const question = lastHuman >= 0 ? messageText(messages[lastHuman]) : '';
  const after = messages.slice(lastHuman + 1);
  const toolResults = after.filter((m) => m._getType() === 'tool').map((m) => messageText(m).trim()).filter(Boolean);
  const system = messages.filter((m) => m._getType() === 'system').map(messageText).join('\n');

  let content = '';
  let toolCalls: ToolCall[] = [];
  if (toolResults.length) {
    content = toolResults.join('\n\n');
  } else {
    const asked = after.some((m) => m._getType() === 'ai' && ((m as AIMessage).tool_calls?.length ?? 0) > 0);
    if (!asked && tools.length && question) {
      tools.forEach((t) => {
        const plan = (t as { metadata?: { offlinePlan?: OfflinePlan } }).metadata?.offlinePlan;
        const args = plan ? plan(question) : null;
        if (args) toolCalls.push({ id: `offline_${toolCalls.length + 1}`, name: toolName(t), args, type: 'tool_call' });
      });
    }
    if (!toolCalls.length) {
      if (system.includes(CHAT_MODE_MARKER)) content = OFFLINE_CHAT_REPLY;
      else content = answerFromSources(question, parseSources(system));
    }
  }
  if (toolCalls.length) content = '';
  const promptTokens = countMessageTokens(messages);
  const completionTokens = toolCalls.length ? countTokens(JSON.stringify(toolCalls.map((c) => [c.name, c.args]))) : countTokens(content);
  toolCalls = toolCalls.map((c) => ({ ...c }));
  return new AIMessage({
    content,
    tool_calls: toolCalls,
    usage_metadata: { input_tokens: promptTokens, output_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    response_metadata: { model_name: 'prumo-offline' },
  });
}

/**
 * Quotes, from the first sources (the retriever's ranking), the sentences sharing the most words
 * with the question; each quote carries its source number.
 */
export function answerFromSources(question: string, sources: PromptSource[]): string {
  if (!sources.length) return OFFLINE_NOTHING_FOUND;
  const q = new Set(terms(question));
  const lines: string[] = [];
  for (const s of sources.slice(0, 3)) {
    // A short source (a document's extracted fields) is quoted whole: its lines belong together.
    if (s.text.length <= 400 && terms(s.text).some((w) => q.has(w))) {
      const quote = s.text.replace(/\s+/g, ' ').trim();
      if (!lines.some((l) => normalize(l).includes(normalize(quote)))) lines.push(`- ${s.title} (${s.label}): ${quote} [S${s.n}]`);
      continue;
    }
    const sentences = splitSentences(s.text);
    const scored = sentences
      .map((text, i) => ({ text, i, score: terms(text).filter((w) => q.has(w)).length }))
      .sort((a, b) => b.score - a.score || a.i - b.i);
    const best = scored[0];
    if (!best) continue;
    // The best sentence, plus the one that follows it when it continues the same point.
    const picked = [best];
    const next = scored.find((x) => x.i === best.i + 1);
    if (next && next.score > 0 && best.text.length < 220) picked.push(next);
    const quote = picked.sort((a, b) => a.i - b.i).map((x) => x.text).join(' ');
    if (lines.some((l) => normalize(l).includes(normalize(quote)))) continue;
    lines.push(`- ${s.title} (${s.label}): ${quote} [S${s.n}]`);
    if (lines.length === 2 && scored[0].score === 0) break;
  }
  if (!lines.length) return OFFLINE_NOTHING_FOUND;
  return `Encontrei isto nas suas fontes:\n${lines.join('\n')}`;
}

function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?;])\s+(?=[A-ZÁÉÍÓÚÂÊÔÃÕÇ0-9"(•-])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function findLastIndex<T>(xs: T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i])) return i;
  return -1;
}
