import { HumanMessage, SystemMessage, type AIMessageChunk } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { formatSources, OfflineChatModel, offlineRespond } from '../src/llm';
import { OFFLINE_STREAM_WORDS, streamPieces } from '../src/llm/offline-model';

// The offline model streams its deterministic answer in groups of words (what streamed answers of
// the assistant show while they are written): the same answer, the same pieces, whole when joined.

const sources = formatSources([
  { n: 1, title: 'Limite', label: 'Excesso', text: 'Se o faturamento passar do limite em até 20%, a empresa continua MEI até 31 de dezembro. Outra frase.' },
]);
const messages = [new SystemMessage(`Fontes\n${sources}`), new HumanMessage('O que acontece se eu passar do limite em até 20%?')];

async function streamed(model: OfflineChatModel, msgs = messages, tools: any[] = []) {
  const pieces: string[] = [];
  let acc: AIMessageChunk | null = null;
  const runnable = tools.length ? model.bindTools(tools) : model;
  for await (const chunk of await runnable.stream(msgs)) {
    const c = chunk as AIMessageChunk;
    acc = acc ? acc.concat(c) : c;
    if (typeof c.content === 'string' && c.content) pieces.push(c.content);
  }
  return { pieces, acc: acc! };
}

test('pieces of three words, deterministic, joined = the answer of a plain call', async () => {
  const model = new OfflineChatModel({ streamPauseMs: 1 });
  const answer = String(offlineRespond(messages, []).content);
  const a = await streamed(model);
  const b = await streamed(model);
  expect(a.pieces).toEqual(b.pieces);
  expect(a.pieces.join('')).toBe(answer);
  expect(a.pieces).toEqual(streamPieces(answer));
  expect(a.pieces.length).toBeGreaterThan(3);
  expect(a.pieces.slice(0, -1).every((p) => p.trim().split(/\s+/).length === OFFLINE_STREAM_WORDS)).toBe(true);
  expect(a.pieces[0]).toBe('Encontrei isto nas ');
  expect(streamPieces('')).toEqual([]);
  expect(streamPieces('  um  dois ').join('')).toBe('  um  dois ');
});

test('paced: the pieces arrive over time, not at once', async () => {
  const model = new OfflineChatModel({ streamPauseMs: 20 });
  const started = Date.now();
  const { pieces } = await streamed(model);
  expect(Date.now() - started).toBeGreaterThanOrEqual((pieces.length - 1) * 20 - 5);
});

test('a planned tool call streams as one tool-call chunk, assembled into tool_calls', async () => {
  const t = tool(async () => 'ok', { name: 'limite_mei', description: 'Limite', schema: { type: 'object', properties: {} } }) as any;
  t.metadata = { offlinePlan: (q: string) => (/limite/i.test(q) ? { year: 2026 } : null) };
  const { pieces, acc } = await streamed(new OfflineChatModel(), [new HumanMessage('Quanto resta do meu limite?')], [t]);
  expect(pieces).toEqual([]);
  expect(acc.tool_calls).toEqual([expect.objectContaining({ name: 'limite_mei', args: { year: 2026 } })]);
});
