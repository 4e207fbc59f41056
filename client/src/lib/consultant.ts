import { graphql } from '../gql';
import type { ExecutionDetailQuery } from '../gql/graphql';

export type ExecutionDetail = NonNullable<ExecutionDetailQuery['execution']>;

export const ConsultantStatusDocument = graphql(`
  query ConsultantStatus {
    assistantStatus {
      offline
      model
    }
  }
`);

export const StartExecutionDocument = graphql(`
  mutation StartExecution($input: StartExecutionInput!) {
    startExecution(input: $input) {
      id
      status
      depth
      offline
    }
  }
`);

export const ExecutionListDocument = graphql(`
  query ExecutionList($first: Int, $after: String) {
    executions(first: $first, after: $after) {
      nodes {
        id
        problemDescription
        businessType
        depth
        status
        offline
        tokensUsed
        createdAt
        durationMs
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ExecutionDetailDocument = graphql(`
  query ExecutionDetail($id: ID!) {
    execution(id: $id) {
      id
      problemDescription
      businessType
      depth
      status
      stage
      offline
      tokensUsed
      failureReason
      createdAt
      startedAt
      finishedAt
      durationMs
      framing {
        question
        keyFigures
        summary
      }
      agents {
        role
        label
        status
        tokens
        method
        summary
        toolCalls
        unavailableData
        findings {
          text
          source
        }
      }
      conflicts {
        id
        kind
        agents
        description
        severity
      }
      meeting {
        consensus
        rounds {
          number
          statements {
            agent
            text
          }
        }
        resolutions {
          conflictId
          decision
          round
        }
      }
      artifacts {
        summary
        actionPlan {
          action
          ownerRole
          agent
          deadline
          priority
          budget {
            cents
            formatted
          }
        }
        risks {
          description
          probability
          impact
          mitigation
        }
        kpis {
          name
          unit
          current
          target
          currentText
          targetText
          source
        }
      }
    }
  }
`);

export const AgentExecutionDocument = graphql(`
  subscription AgentExecution($executionId: ID!) {
    agentExecution(executionId: $executionId) {
      executionId
      seq
      state
      stage
      percent
      message
      at
      agent
      agentStatus
      tokens
      agents {
        role
        status
        tokens
      }
      execution {
        id
        status
      }
    }
  }
`);

export const DeleteExecutionDocument = graphql(`
  mutation DeleteExecution($id: ID!) {
    deleteExecution(id: $id)
  }
`);

export const ExportExecutionDocument = graphql(`
  mutation ExportExecution($id: ID!, $format: ExecutionExportFormat!) {
    exportExecution(id: $id, format: $format) {
      url
      filename
      format
    }
  }
`);

export const AGENT_LABELS: Record<string, string> = {
  ANALYST: 'Analista',
  COMMERCIAL: 'Comercial',
  FINANCIAL: 'Financeiro',
  FISCAL: 'Fiscal',
  OPERATIONS: 'Operações',
};
export const AGENT_ORDER = ['ANALYST', 'COMMERCIAL', 'FINANCIAL', 'FISCAL', 'OPERATIONS'];

export const DEPTH_LABELS: Record<string, string> = { QUICK: 'Rápida (1 rodada)', STANDARD: 'Padrão (até 2 rodadas)', DEEP: 'Profunda (até 3 rodadas)' };
export const STATUS_LABELS: Record<string, string> = { QUEUED: 'Na fila', RUNNING: 'Em andamento', DONE: 'Concluída', FAILED: 'Falhou' };
export const AGENT_STATUS_LABELS: Record<string, string> = { PENDING: 'Aguardando', RUNNING: 'Trabalhando', DONE: 'Concluiu', FAILED: 'Falhou' };
export const LEVEL_LABELS: Record<string, string> = { LOW: 'Baixa', MEDIUM: 'Média', HIGH: 'Alta' };
/** "Impacto alto": the masculine forms, for the impact of a risk. */
export const IMPACT_LABELS: Record<string, string> = { LOW: 'Baixo', MEDIUM: 'Médio', HIGH: 'Alto' };
export const STAGE_LABELS: Record<string, string> = {
  QUEUED: 'Na fila',
  FRAMING: 'Enquadramento',
  ANALYSIS: 'Análise das áreas',
  CONFLICTS: 'Conflitos',
  MEETING: 'Reunião',
  ARTIFACTS: 'Relatório',
  DONE: 'Concluída',
  FAILED: 'Falhou',
};
export const STAGE_ORDER = ['FRAMING', 'ANALYSIS', 'CONFLICTS', 'MEETING', 'ARTIFACTS', 'DONE'];
export const CONFLICT_KIND_LABELS: Record<string, string> = {
  CONTRADICTORY_RECOMMENDATIONS: 'Recomendações contraditórias',
  OVERLAPPING_BUDGETS: 'Orçamentos sobrepostos',
};
export const SOURCE_LABELS: Record<string, string> = {
  cashFlow: 'Fluxo de caixa',
  bank: 'Contas bancárias',
  limit: 'Limite do MEI',
  revenue: 'Faturamento',
  das: 'DAS',
  sales: 'Marketplace',
  energy: 'Energia',
  model: 'Modelo de IA',
};

/** AAAA-MM-DD -> DD/MM/AAAA. */
export function formatDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} s`;
}
