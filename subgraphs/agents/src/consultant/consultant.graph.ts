/**
 * The consultant as a LangGraph StateGraph: analyst -> (commercial | financial | fiscal | operations
 * in parallel) -> conflicts -> meeting -> artifacts. Each agent calls its data tools (the account's
 * own figures through the supergraph), then its brain (rules offline, the model online with the
 * rules as fallback). Hooks report progress for live events and persistence.
 */
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import { AGENT_TOOLS, type AccountData, type DataTools } from './consultant.data';
import { SPECIALISTS, type AgentReport, type AgentRole, type Artifacts, type Conflict, type ConsultantInput, type Framing } from './consultant.model';
import { buildArtifacts, detectConflicts, holdMeeting, type MeetingOutcome } from './consultant.rules';
import type { ConsultantBrain } from './consultant.brain';

export type ExecutionStage = 'FRAMING' | 'ANALYSIS' | 'CONFLICTS' | 'MEETING' | 'ARTIFACTS';

export interface GraphHooks {
  stage(stage: ExecutionStage): Promise<void>;
  agentStarted(agent: AgentRole): Promise<void>;
  agentFinished(agent: AgentRole, result: { tokens: number; method: 'RULES' | 'MODEL'; toolCalls: string[] }): Promise<void>;
}

const State = Annotation.Root({
  input: Annotation<ConsultantInput>(),
  data: Annotation<AccountData>(),
  framing: Annotation<Framing>(),
  reports: Annotation<AgentReport[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
  conflicts: Annotation<Conflict[]>(),
  outcome: Annotation<MeetingOutcome>(),
  artifacts: Annotation<Artifacts>(),
  summaryTokens: Annotation<number>(),
});
type S = typeof State.State;

export interface ConsultantResult {
  framing: Framing;
  reports: AgentReport[];
  conflicts: Conflict[];
  outcome: MeetingOutcome;
  artifacts: Artifacts;
  tokens: number;
}

export function buildConsultantGraph(deps: { tools: DataTools; brain: ConsultantBrain; hooks: GraphHooks }) {
  const { tools, brain, hooks } = deps;
  const specialist = (role: AgentRole) => async (s: S) => {
    await hooks.agentStarted(role);
    const toolCalls = AGENT_TOOLS[role as keyof typeof AGENT_TOOLS];
    // The agent's own tool calls (shared answers are cached per execution).
    await Promise.all(toolCalls.map((t) => tools.call(t)));
    const report = await brain.specialist(role, s.input, s.data);
    await hooks.agentFinished(role, { tokens: report.tokens, method: report.method, toolCalls });
    return { reports: [report] };
  };

  const graph = new StateGraph(State)
    .addNode('analyst_agent', async (s: S) => {
      await hooks.stage('FRAMING');
      await hooks.agentStarted('ANALYST');
      const data = await tools.snapshot();
      const { framing, tokens, method } = await brain.frame(s.input, data);
      await hooks.agentFinished('ANALYST', { tokens, method, toolCalls: [] });
      await hooks.stage('ANALYSIS');
      return { data, framing, summaryTokens: tokens };
    })
    .addNode('commercial', specialist('COMMERCIAL'))
    .addNode('financial', specialist('FINANCIAL'))
    .addNode('fiscal', specialist('FISCAL'))
    .addNode('operations', specialist('OPERATIONS'))
    .addNode('detect_conflicts', async (s: S) => {
      await hooks.stage('CONFLICTS');
      // Fan-in order depends on who finished first: sort for determinism.
      const reports = [...s.reports].sort((a, b) => SPECIALISTS.indexOf(a.agent) - SPECIALISTS.indexOf(b.agent));
      return { conflicts: detectConflicts(reports, s.data) };
    })
    .addNode('hold_meeting', async (s: S) => {
      await hooks.stage('MEETING');
      const reports = [...s.reports].sort((a, b) => SPECIALISTS.indexOf(a.agent) - SPECIALISTS.indexOf(b.agent));
      return { outcome: holdMeeting(s.framing, reports, s.conflicts, s.input.depth, s.data) };
    })
    .addNode('write_artifacts', async (s: S) => {
      await hooks.stage('ARTIFACTS');
      const reports = [...s.reports].sort((a, b) => SPECIALISTS.indexOf(a.agent) - SPECIALISTS.indexOf(b.agent));
      const artifacts = buildArtifacts(s.input, s.framing, reports, s.conflicts, s.outcome, s.data);
      const written = await brain.summarize(s.input, artifacts, s.outcome);
      return { artifacts: { ...artifacts, summary: written.summary }, summaryTokens: s.summaryTokens + written.tokens };
    })
    .addEdge(START, 'analyst_agent')
    .addEdge('analyst_agent', 'commercial')
    .addEdge('analyst_agent', 'financial')
    .addEdge('analyst_agent', 'fiscal')
    .addEdge('analyst_agent', 'operations')
    .addEdge(['commercial', 'financial', 'fiscal', 'operations'], 'detect_conflicts')
    .addEdge('detect_conflicts', 'hold_meeting')
    .addEdge('hold_meeting', 'write_artifacts')
    .addEdge('write_artifacts', END);
  return graph.compile();
}

export async function runConsultant(input: ConsultantInput, deps: { tools: DataTools; brain: ConsultantBrain; hooks: GraphHooks }): Promise<ConsultantResult> {
  const app = buildConsultantGraph(deps);
  const s = (await app.invoke({ input })) as S;
  const reports = [...s.reports].sort((a, b) => SPECIALISTS.indexOf(a.agent) - SPECIALISTS.indexOf(b.agent));
  const tokens = reports.reduce((t, r) => t + r.tokens, 0) + (s.summaryTokens ?? 0);
  return { framing: s.framing, reports, conflicts: s.conflicts, outcome: s.outcome, artifacts: s.artifacts, tokens };
}
