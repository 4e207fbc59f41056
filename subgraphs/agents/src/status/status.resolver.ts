import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { AgentsContext } from '../context';
import { AssistantStatus } from './status.types';

@Resolver()
export class StatusResolver {
  @Authorized()
  @Query(() => AssistantStatus, { description: 'Modo da IA (offline ou com modelo) para o assistente e o consultor.' })
  assistantStatus(@Ctx() ctx: AgentsContext): AssistantStatus {
    const llm = ctx.services.llm;
    return { offline: llm.offline, model: llm.modelName, semanticSearch: !!llm.embeddingModel };
  }
}
