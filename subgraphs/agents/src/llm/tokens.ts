import type { BaseMessage } from '@langchain/core/messages';

interface Encoder {
  encode(text: string): number[];
}
let encoder: Encoder | null = null;

/** o200k_base (the gpt-4o family's encoding); loaded once, lazily (js-tiktoken ships CommonJS builds). */
function enc(): Encoder {
  if (!encoder) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { Tiktoken } = require('js-tiktoken/lite') as { Tiktoken: new (ranks: unknown) => Encoder };
    const ranks = require('js-tiktoken/ranks/o200k_base') as { default?: unknown };
    encoder = new Tiktoken(ranks.default ?? ranks);
  }
  return encoder;
}

export function countTokens(text: string): number {
  if (!text) return 0;
  return enc().encode(text).length;
}

export function messageText(m: BaseMessage): string {
  const c = m.content;
  if (typeof c === 'string') return c;
  return c.map((p) => (typeof p === 'string' ? p : 'text' in p && typeof p.text === 'string' ? p.text : '')).join('');
}

/**
 * Prompt tokens as OpenAI counts chat messages: each message costs its content plus a few tokens of
 * framing (role, separators), tool calls their serialized arguments, and the reply is primed with 3.
 */
export function countMessageTokens(messages: BaseMessage[], toolSchemas: unknown[] = []): number {
  let n = 3;
  for (const m of messages) {
    n += 4 + countTokens(messageText(m));
    const calls = (m as { tool_calls?: Array<{ name: string; args: unknown }> }).tool_calls ?? [];
    for (const c of calls) n += 3 + countTokens(c.name) + countTokens(JSON.stringify(c.args ?? {}));
  }
  if (toolSchemas.length) n += countTokens(JSON.stringify(toolSchemas));
  return n;
}
