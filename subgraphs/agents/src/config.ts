import { z } from 'zod';
import type { BaseConfig } from '@prumo/kit';

/** The agents' own settings (model provider and router address), read from the environment. */
export const agentsEnvSchema = z.object({
  /** Absent: the deterministic offline model answers ("modo offline"). */
  OPENAI_API_KEY: z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined)),
  /** Any OpenAI-compatible server (a local one works too). */
  OPENAI_BASE_URL: z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined)),
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  /** The stronger model (consultant); defaults to the chat model. */
  OPENAI_SMART_MODEL: z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined)),
  /** Empty: no embeddings (retrieval is full text only). */
  OPENAI_EMBEDDING_MODEL: z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined)),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  /** First backoff of a retried model call (doubles each time). */
  LLM_RETRY_BASE_MS: z.coerce.number().int().min(1).max(60_000).default(500),
  /** Consultant analyses a worker runs at once. */
  AGENTS_EXECUTION_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** The router as the agents call it (tools act as the user); default: the public router URL. */
  ROUTER_INTERNAL_URL: z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined)),
});

export type AgentsSettings = z.infer<typeof agentsEnvSchema> & { routerUrl: string; smartModel: string };

export function loadAgentsSettings(config: BaseConfig, env: NodeJS.ProcessEnv = process.env): AgentsSettings {
  const parsed = agentsEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid agents configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const s = parsed.data;
  const routerUrl = (s.ROUTER_INTERNAL_URL ?? config.ROUTER_PUBLIC_URL ?? `http://127.0.0.1:${config.ROUTER_PORT}`).replace(/\/+$/, '');
  return { ...s, routerUrl, smartModel: s.OPENAI_SMART_MODEL ?? s.OPENAI_CHAT_MODEL };
}
