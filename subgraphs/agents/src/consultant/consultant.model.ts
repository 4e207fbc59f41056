/**
 * The executive consultant's data model: what each agent produces, the conflicts between them, the
 * meeting and the executive artifacts. Pure data (stored as jsonb, exposed through GraphQL types).
 */

export type Depth = 'QUICK' | 'STANDARD' | 'DEEP';
export const DEPTHS: Depth[] = ['QUICK', 'STANDARD', 'DEEP'];
/** Meeting rounds per depth (the meeting stops earlier on consensus). */
export const ROUND_LIMIT: Record<Depth, number> = { QUICK: 1, STANDARD: 2, DEEP: 3 };

export type AgentRole = 'ANALYST' | 'COMMERCIAL' | 'FINANCIAL' | 'FISCAL' | 'OPERATIONS';
export const SPECIALISTS: AgentRole[] = ['COMMERCIAL', 'FINANCIAL', 'FISCAL', 'OPERATIONS'];
export const AGENT_LABEL: Record<AgentRole, string> = {
  ANALYST: 'Analista',
  COMMERCIAL: 'Comercial',
  FINANCIAL: 'Financeiro',
  FISCAL: 'Fiscal',
  OPERATIONS: 'Operações',
};
/** Who owns an action in the plan (a role in the business, not an AI agent). */
export const OWNER_ROLE: Record<AgentRole, string> = {
  ANALYST: 'Sócio(a) administrador(a)',
  COMMERCIAL: 'Responsável comercial',
  FINANCIAL: 'Responsável financeiro',
  FISCAL: 'Responsável fiscal / contador(a)',
  OPERATIONS: 'Responsável de operações',
};

export type Level = 'LOW' | 'MEDIUM' | 'HIGH';
export const LEVELS: Level[] = ['LOW', 'MEDIUM', 'HIGH'];

/** Levers the agents pull; two agents pulling one lever in opposite directions is a conflict. */
/** TAXES and OBLIGATIONS (bills due) are not negotiable: never in conflicts or budget splits. */
export type Lever = 'TAXES' | 'OBLIGATIONS' | 'SPENDING' | 'MARKETING' | 'PRICES' | 'REVENUE' | 'INVENTORY' | 'CASH_RESERVE' | 'ENERGY' | 'INVOICING';
export type Direction = 'INCREASE' | 'DECREASE' | 'KEEP';

export interface Recommendation {
  id: string;
  agent: AgentRole;
  action: string;
  rationale: string;
  lever: Lever;
  direction: Direction;
  /** Money the action needs, in centavos (0 when none). */
  budgetCents: number;
  priority: Level;
  /** Days from the analysis date to the deadline. */
  dueInDays: number;
}

export interface Finding {
  text: string;
  /** The data the finding rests on (tool name), for traceability. */
  source: string;
}

export interface AgentReport {
  agent: AgentRole;
  summary: string;
  findings: Finding[];
  recommendations: Recommendation[];
  /** Data that was not available (module disabled or not in the plan), in pt-BR. */
  unavailable: string[];
  /** 'RULES' (offline or fallback) or 'MODEL'. */
  method: 'RULES' | 'MODEL';
  tokens: number;
}

export interface Framing {
  question: string;
  focus: AgentRole[];
  keyFigures: string[];
  summary: string;
}

export type ConflictKind = 'CONTRADICTORY_RECOMMENDATIONS' | 'OVERLAPPING_BUDGETS';
export interface Conflict {
  id: string;
  kind: ConflictKind;
  agents: AgentRole[];
  description: string;
  severity: Level;
  recommendationIds: string[];
}

export interface Statement {
  agent: AgentRole;
  text: string;
}
export interface MeetingRound {
  number: number;
  statements: Statement[];
}
export interface Meeting {
  rounds: MeetingRound[];
  consensus: boolean;
  /** Conflicts settled, by id, and how. */
  resolutions: Array<{ conflictId: string; decision: string; round: number }>;
}

export interface ActionItem {
  action: string;
  ownerRole: string;
  agent: AgentRole;
  /** AAAA-MM-DD (São Paulo). */
  deadline: string;
  priority: Level;
  budgetCents: number;
}
export interface Risk {
  description: string;
  probability: Level;
  impact: Level;
  mitigation: string;
}
export type KpiUnit = 'CENTS' | 'PERCENT' | 'COUNT' | 'KWH' | 'DAYS';
export interface Kpi {
  name: string;
  unit: KpiUnit;
  /** From the account's data; null when the data is unavailable. */
  current: number | null;
  target: number | null;
  source: string;
}
export interface Artifacts {
  summary: string;
  actionPlan: ActionItem[];
  risks: Risk[];
  kpis: Kpi[];
}

export interface ConsultantInput {
  problemDescription: string;
  businessType: string;
  depth: Depth;
  /** The analysis date (AAAA-MM-DD, São Paulo): deadlines count from it. */
  asOf: string;
}
