import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Money } from '@prumo/kit';

export enum ExecutionStatusEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ExecutionStatusEnum, { name: 'ExecutionStatus' });

export enum AnalysisDepthEnum {
  QUICK = 'QUICK',
  STANDARD = 'STANDARD',
  DEEP = 'DEEP',
}
registerEnumType(AnalysisDepthEnum, { name: 'AnalysisDepth', description: 'QUICK: 1 rodada de reunião; STANDARD: até 2; DEEP: até 3.' });

export enum ConsultantAgentEnum {
  ANALYST = 'ANALYST',
  COMMERCIAL = 'COMMERCIAL',
  FINANCIAL = 'FINANCIAL',
  FISCAL = 'FISCAL',
  OPERATIONS = 'OPERATIONS',
}
registerEnumType(ConsultantAgentEnum, { name: 'ConsultantAgent', description: 'Agentes do consultor executivo.' });

export enum ExecutionAgentStatusEnum {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ExecutionAgentStatusEnum, { name: 'ExecutionAgentStatus' });

export enum ConsultantLevelEnum {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(ConsultantLevelEnum, { name: 'ConsultantLevel', description: 'Baixo, médio ou alto (severidade, probabilidade, impacto, prioridade).' });

export enum ExecutionConflictKindEnum {
  CONTRADICTORY_RECOMMENDATIONS = 'CONTRADICTORY_RECOMMENDATIONS',
  OVERLAPPING_BUDGETS = 'OVERLAPPING_BUDGETS',
}
registerEnumType(ExecutionConflictKindEnum, { name: 'ExecutionConflictKind' });

export enum KpiUnitEnum {
  CENTS = 'CENTS',
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  KWH = 'KWH',
  DAYS = 'DAYS',
}
registerEnumType(KpiUnitEnum, { name: 'KpiUnit', description: 'CENTS: valores em centavos inteiros.' });

export enum ExecutionExportFormatEnum {
  MARKDOWN = 'MARKDOWN',
  PDF = 'PDF',
}
registerEnumType(ExecutionExportFormatEnum, { name: 'ExecutionExportFormat' });

@ObjectType()
export class AgentFinding {
  @Field() text!: string;
  @Field({ description: 'Ferramenta de dados de origem (cashFlow, revenue, limit, das, sales, energy, bank).' }) source!: string;
}

@ObjectType()
export class AgentRecommendation {
  @Field() id!: string;
  @Field() action!: string;
  @Field() rationale!: string;
  @Field() lever!: string;
  @Field() direction!: string;
  @Field(() => Money) budget!: Money;
  @Field(() => ConsultantLevelEnum) priority!: ConsultantLevelEnum;
}

@ObjectType({ description: 'Um agente de uma análise: estado, tokens e o que ele concluiu.' })
export class ExecutionAgent {
  @Field(() => ConsultantAgentEnum) role!: ConsultantAgentEnum;
  @Field() label!: string;
  @Field(() => ExecutionAgentStatusEnum) status!: ExecutionAgentStatusEnum;
  @Field(() => Int) tokens!: number;
  @Field(() => String, { nullable: true, description: 'RULES (regras sobre os dados) ou MODEL (modelo de IA).' }) method!: string | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [AgentFinding]) findings!: AgentFinding[];
  @Field(() => [AgentRecommendation]) recommendations!: AgentRecommendation[];
  @Field(() => [String], { description: 'Dados que não puderam ser lidos (módulo fora do plano, por exemplo).' }) unavailableData!: string[];
  @Field(() => [String], { description: 'Ferramentas de dados que o agente chamou.' }) toolCalls!: string[];
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType()
export class ExecutionConflict {
  @Field() id!: string;
  @Field(() => ExecutionConflictKindEnum) kind!: ExecutionConflictKindEnum;
  @Field(() => [ConsultantAgentEnum]) agents!: ConsultantAgentEnum[];
  @Field() description!: string;
  @Field(() => ConsultantLevelEnum) severity!: ConsultantLevelEnum;
}

@ObjectType()
export class MeetingStatement {
  @Field(() => ConsultantAgentEnum) agent!: ConsultantAgentEnum;
  @Field() text!: string;
}

@ObjectType()
export class MeetingRound {
  @Field(() => Int) number!: number;
  @Field(() => [MeetingStatement]) statements!: MeetingStatement[];
}

@ObjectType()
export class MeetingResolution {
  @Field() conflictId!: string;
  @Field() decision!: string;
  @Field(() => Int) round!: number;
}

@ObjectType({ description: 'A reunião simulada: rodadas até o consenso ou o limite de rodadas.' })
export class ExecutionMeeting {
  @Field(() => [MeetingRound]) rounds!: MeetingRound[];
  @Field() consensus!: boolean;
  @Field(() => [MeetingResolution]) resolutions!: MeetingResolution[];
}

@ObjectType()
export class ExecutionActionItem {
  @Field() action!: string;
  @Field({ description: 'Quem executa (papel na empresa).' }) ownerRole!: string;
  @Field(() => ConsultantAgentEnum) agent!: ConsultantAgentEnum;
  @Field({ description: 'Prazo AAAA-MM-DD.' }) deadline!: string;
  @Field(() => ConsultantLevelEnum) priority!: ConsultantLevelEnum;
  @Field(() => Money) budget!: Money;
}

@ObjectType()
export class ExecutionRisk {
  @Field() description!: string;
  @Field(() => ConsultantLevelEnum) probability!: ConsultantLevelEnum;
  @Field(() => ConsultantLevelEnum) impact!: ConsultantLevelEnum;
  @Field() mitigation!: string;
}

@ObjectType()
export class ExecutionKpi {
  @Field() name!: string;
  @Field(() => KpiUnitEnum) unit!: KpiUnitEnum;
  @Field(() => Float, { nullable: true, description: 'Valor atual, dos dados da conta (centavos quando unit = CENTS).' }) current!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field() currentText!: string;
  @Field() targetText!: string;
  @Field() source!: string;
}

@ObjectType()
export class ExecutionArtifacts {
  @Field() summary!: string;
  @Field(() => [ExecutionActionItem]) actionPlan!: ExecutionActionItem[];
  @Field(() => [ExecutionRisk]) risks!: ExecutionRisk[];
  @Field(() => [ExecutionKpi]) kpis!: ExecutionKpi[];
}

@ObjectType()
export class ExecutionFraming {
  @Field() question!: string;
  @Field(() => [ConsultantAgentEnum]) focus!: ConsultantAgentEnum[];
  @Field(() => [String]) keyFigures!: string[];
  @Field() summary!: string;
}

@ObjectType({ description: 'Uma análise do consultor executivo (visível a todos os membros da conta).' })
@Directive('@key(fields: "id")')
export class Execution {
  @Field(() => ID) id!: string;
  @Field() problemDescription!: string;
  @Field() businessType!: string;
  @Field(() => AnalysisDepthEnum) depth!: AnalysisDepthEnum;
  @Field(() => ExecutionStatusEnum) status!: ExecutionStatusEnum;
  @Field(() => String, { nullable: true, description: 'FRAMING, ANALYSIS, CONFLICTS, MEETING, ARTIFACTS.' }) stage!: string | null;
  @Field({ description: 'true = feita por regras sobre os números da conta, sem modelo de IA (modo offline).' }) offline!: boolean;
  @Field(() => Int) tokensUsed!: number;
  @Field(() => String, { nullable: true }) failureReason!: string | null;
  @Field(() => ID) createdBy!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Duração da execução em milissegundos.' }) durationMs!: number | null;
  @Field(() => ExecutionFraming, { nullable: true }) framing!: ExecutionFraming | null;
  @Field(() => [ExecutionConflict]) conflicts!: ExecutionConflict[];
  @Field(() => ExecutionMeeting, { nullable: true }) meeting!: ExecutionMeeting | null;
  @Field(() => ExecutionArtifacts, { nullable: true }) artifacts!: ExecutionArtifacts | null;
}

export const ExecutionConnection = ConnectionType(Execution, 'Execution');

@ObjectType()
export class ExecutionExport {
  @Field({ description: 'Link do arquivo (expira).' }) url!: string;
  @Field(() => ExecutionExportFormatEnum) format!: ExecutionExportFormatEnum;
  @Field() filename!: string;
  @Field() expiresAt!: Date;
}

@InputType()
export class StartExecutionInput {
  @Field({ description: 'O problema ou a decisão, em até 4.000 caracteres.' }) problemDescription!: string;
  @Field({ description: 'Tipo de negócio (ex.: "loja de roupas", "MEI de serviços").' }) businessType!: string;
  @Field(() => AnalysisDepthEnum, { nullable: true, defaultValue: AnalysisDepthEnum.STANDARD }) depth?: AnalysisDepthEnum;
}
