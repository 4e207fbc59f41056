/**
 * The agents' brains. Offline: the rules. Online: the model writes each agent's report as JSON,
 * parsed and validated; an invalid answer (or a refused call) falls back to the rules for that agent.
 */
import { HumanMessage, SystemMessage, type AIMessage, type BaseMessage } from '@langchain/core/messages';
import { z } from 'zod';
import type { AccountData } from './consultant.data';
import { AGENT_TOOLS, TOOL_LABEL } from './consultant.data';
import { AGENT_LABEL, LEVELS, type AgentReport, type AgentRole, type Artifacts, type ConsultantInput, type Framing } from './consultant.model';
import { frameProblem, specialistReport, type MeetingOutcome } from './consultant.rules';
import { messageText } from '../llm/tokens';

export interface ConsultantBrain {
  frame(input: ConsultantInput, data: AccountData): Promise<{ framing: Framing; tokens: number; method: 'RULES' | 'MODEL' }>;
  specialist(role: AgentRole, input: ConsultantInput, data: AccountData): Promise<AgentReport>;
  summarize(input: ConsultantInput, artifacts: Artifacts, outcome: MeetingOutcome): Promise<{ summary: string; tokens: number }>;
}

/** Deterministic: the same input and data always give the same output. */
export const rulesBrain: ConsultantBrain = {
  frame: async (input, data) => ({ framing: frameProblem(input, data), tokens: 0, method: 'RULES' }),
  specialist: async (role, input, data) => specialistReport(role, input, data),
  summarize: async (_input, artifacts) => ({ summary: artifacts.summary, tokens: 0 }),
};

/** The subset of the agents' LlmService the consultant uses. */
export interface ConsultantLlm {
  readonly offline: boolean;
  invoke(
    ctx: { tenantId: string; userId: string; purpose: string; idempotencyKey?: string },
    messages: BaseMessage[],
    opts?: { maxTokens?: number; kind?: 'fast' | 'smart' },
  ): Promise<{ message: AIMessage; usage: { promptTokens: number; completionTokens: number } }>;
}

const levelSchema = z.enum(LEVELS as [string, ...string[]]);
const specialistSchema = z.object({
  summary: z.string().trim().min(1).max(800),
  findings: z.array(z.object({ text: z.string().trim().min(1).max(400), source: z.string().trim().max(40).default('model') })).max(8),
  recommendations: z
    .array(
      z.object({
        action: z.string().trim().min(1).max(300),
        rationale: z.string().trim().min(1).max(400),
        lever: z.enum(['TAXES', 'OBLIGATIONS', 'SPENDING', 'MARKETING', 'PRICES', 'REVENUE', 'INVENTORY', 'CASH_RESERVE', 'ENERGY', 'INVOICING']),
        direction: z.enum(['INCREASE', 'DECREASE', 'KEEP']),
        budgetCents: z.number().int().min(0).max(1e11),
        priority: levelSchema,
        dueInDays: z.number().int().min(0).max(365),
      }),
    )
    .min(1)
    .max(6),
});
const framingSchema = z.object({ question: z.string().trim().min(1).max(400), summary: z.string().trim().min(1).max(800) });
const summarySchema = z.object({ summary: z.string().trim().min(40).max(3000) });

/** The first JSON object in a model answer (tolerates ```json fences and prose around it). */
export function extractJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
}

/**
 * Errors that fall back to the rules instead of failing the analysis: over the token quota (refused
 * before any call) or the model unavailable after its retries. Anything else is a bug and throws.
 */
function fallbackReason(err: unknown): string | null {
  const e = err as { code?: string; extensions?: { reason?: string } };
  if (e?.code === 'PAYMENT_REQUIRED') return 'Cota de tokens de IA esgotada: análise feita pelas regras.';
  if (e?.code === 'INTERNAL' && e.extensions?.reason === 'LLM_UNAVAILABLE') return 'O modelo de IA não respondeu: análise feita pelas regras.';
  return null;
}

const SYSTEM = (label: string) =>
  `Você é o agente ${label} de um conselho consultivo para pequenas empresas brasileiras. ` +
  'Use apenas os números fornecidos (dados reais da conta); não invente valores. Valores em centavos inteiros. ' +
  'Responda SOMENTE com um objeto JSON válido, sem texto fora dele.';

/**
 * `attempt`: the job's attempt (0 first). A retried run calls the model again, so each attempt has
 * its own metering keys: reusing the first attempt's would replay its committed reservation and let
 * the new call go unmetered.
 */
export function modelBrain(llm: ConsultantLlm, ctx: { tenantId: string; userId: string; executionId: string; attempt?: number }): ConsultantBrain {
  const prefix = ctx.attempt ? `${ctx.executionId}:a${ctx.attempt}` : ctx.executionId;
  const call = async (purpose: string, key: string, messages: BaseMessage[]) => {
    const r = await llm.invoke({ tenantId: ctx.tenantId, userId: ctx.userId, purpose, idempotencyKey: `${prefix}:${key}` }, messages, { maxTokens: 1200, kind: 'smart' });
    return { text: messageText(r.message), tokens: r.usage.promptTokens + r.usage.completionTokens };
  };
  return {
    async frame(input, data) {
      const base = frameProblem(input, data);
      try {
        const { text, tokens } = await call('consultant.analyst', 'analyst', [
          new SystemMessage(SYSTEM(AGENT_LABEL.ANALYST)),
          new HumanMessage(
            `Problema: ${input.problemDescription}\nNegócio: ${input.businessType}\nIndicadores: ${JSON.stringify(base.keyFigures)}\n` +
              'Enquadre o problema. JSON: {"question": "pergunta central", "summary": "enquadramento em até 3 frases"}',
          ),
        ]);
        const parsed = framingSchema.safeParse(extractJson(text));
        return parsed.success ? { framing: { ...base, ...parsed.data }, tokens, method: 'MODEL' } : { framing: base, tokens, method: 'RULES' };
      } catch (err) {
        if (!fallbackReason(err)) throw err;
        return { framing: base, tokens: 0, method: 'RULES' };
      }
    },
    async specialist(role, input, data) {
      const base = specialistReport(role, input, data);
      const tools = AGENT_TOOLS[role as keyof typeof AGENT_TOOLS];
      const figures = Object.fromEntries(tools.map((t) => [TOOL_LABEL[t], data[t].ok ? data[t].data : { indisponivel: data[t].reason }]));
      try {
        const { text, tokens } = await call(`consultant.${role.toLowerCase()}`, role.toLowerCase(), [
          new SystemMessage(SYSTEM(AGENT_LABEL[role])),
          new HumanMessage(
            `Problema: ${input.problemDescription}\nNegócio: ${input.businessType}\nDados da conta (ferramentas): ${JSON.stringify(figures)}\n` +
              `Rascunho por regras (ponto de partida): ${JSON.stringify({ summary: base.summary, findings: base.findings, recommendations: base.recommendations.map(({ id: _i, agent: _a, ...r }) => r) })}\n` +
              'Responda com JSON {"summary", "findings": [{"text","source"}], "recommendations": [{"action","rationale","lever","direction","budgetCents","priority","dueInDays"}]}. ' +
              'lever: TAXES|OBLIGATIONS|SPENDING|MARKETING|PRICES|REVENUE|INVENTORY|CASH_RESERVE|ENERGY|INVOICING; direction: INCREASE|DECREASE|KEEP; priority: LOW|MEDIUM|HIGH.',
          ),
        ]);
        const parsed = specialistSchema.safeParse(extractJson(text));
        if (!parsed.success) return { ...base, tokens };
        return {
          ...base,
          summary: parsed.data.summary,
          findings: parsed.data.findings,
          recommendations: parsed.data.recommendations.map((r, i) => ({ ...r, priority: r.priority as AgentReport['recommendations'][number]['priority'], id: `${role.toLowerCase()}-${i + 1}`, agent: role })),
          method: 'MODEL',
          tokens,
        };
      } catch (err) {
        const reason = fallbackReason(err);
        if (!reason) throw err;
        return { ...base, unavailable: [...base.unavailable, reason] };
      }
    },
    async summarize(input, artifacts, outcome) {
      try {
        const { text, tokens } = await call('consultant.summary', 'summary', [
          new SystemMessage(SYSTEM('relator executivo')),
          new HumanMessage(
            `Problema: ${input.problemDescription}\nResumo por regras: ${artifacts.summary}\nPlano: ${JSON.stringify(artifacts.actionPlan)}\nConsenso: ${outcome.meeting.consensus}\n` +
              'Escreva o resumo executivo (até 6 frases, com os números). JSON: {"summary": "..."}',
          ),
        ]);
        const parsed = summarySchema.safeParse(extractJson(text));
        return { summary: parsed.success ? parsed.data.summary : artifacts.summary, tokens };
      } catch (err) {
        if (!fallbackReason(err)) throw err;
        return { summary: artifacts.summary, tokens: 0 };
      }
    },
  };
}
