import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { PageArgs, parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { AgentsContext } from '../context';
import { executionLoaders } from './execution.reference';
import { toExecution } from './execution.service';
import { Execution, ExecutionAgent, ExecutionConnection, ExecutionExport, ExecutionExportFormatEnum, StartExecutionInput } from './execution.types';

@Resolver(() => Execution)
export class ExecutionResolver {
  @Authorized()
  @UseMiddleware(RequireModule('consultant'))
  @Query(() => ExecutionConnection, { description: 'Análises do consultor executivo da conta, das mais recentes para as mais antigas.' })
  async executions(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AgentsContext) {
    const conn = await ctx.services.executions.list(requireAuth(ctx).tid, page.first, page.after);
    return { ...conn, nodes: conn.nodes.map(toExecution) };
  }

  @Authorized()
  @UseMiddleware(RequireModule('consultant'))
  @Query(() => Execution, { nullable: true })
  async execution(@Arg('id', () => ID) id: string, @Ctx() ctx: AgentsContext): Promise<Execution | null> {
    return executionLoaders(ctx).byId.load(parseId(id));
  }

  @FieldResolver(() => [ExecutionAgent], { description: 'Analista, comercial, financeiro, fiscal e operações.' })
  agents(@Root() e: Execution, @Ctx() ctx: AgentsContext) {
    return executionLoaders(ctx).agents.load(e.id);
  }

  @Authorized()
  @UseMiddleware(RequireModule('consultant'))
  @Mutation(() => Execution, { description: 'Inicia uma análise (conta no limite mensal e no de análises simultâneas do plano).' })
  async startExecution(@Arg('input', () => StartExecutionInput) input: StartExecutionInput, @Ctx() ctx: AgentsContext): Promise<Execution> {
    return toExecution(await ctx.services.executions.start(requireAuth(ctx), input));
  }

  @Authorized()
  @UseMiddleware(RequireModule('consultant'))
  @Mutation(() => Boolean, { description: 'Exclui a análise (quem a criou, ou donos e administradores).' })
  async deleteExecution(@Arg('id', () => ID) id: string, @Ctx() ctx: AgentsContext): Promise<boolean> {
    return ctx.services.executions.delete(requireAuth(ctx), parseId(id));
  }

  @Authorized()
  @UseMiddleware(RequireModule('consultant'))
  @Mutation(() => ExecutionExport, { description: 'Gera o relatório em Markdown ou PDF e devolve um link que expira em 10 minutos.' })
  async exportExecution(
    @Arg('id', () => ID) id: string,
    @Arg('format', () => ExecutionExportFormatEnum) format: ExecutionExportFormatEnum,
    @Ctx() ctx: AgentsContext,
  ): Promise<ExecutionExport> {
    return ctx.services.executions.export(requireAuth(ctx), parseId(id), format) as Promise<ExecutionExport>;
  }
}
