import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { isUuid, notFound, PageArgs, requireAuth, RequireModule } from '@prumo/kit';
import type { AgentsContext } from '../context';
import { AskAssistantInput, AssistantAnswer, Conversation, ConversationConnection } from './assistant.types';

@Resolver()
export class AssistantResolver {
  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Mutation(() => AssistantAnswer, {
    description: 'Pergunta ao assistente fiscal: responde com os números exatos da conta, seus documentos e a base de conhecimento do MEI, com citações. Consome tokens de IA do plano.',
  })
  async askAssistant(@Arg('input', () => AskAssistantInput) input: AskAssistantInput, @Ctx() ctx: AgentsContext): Promise<AssistantAnswer> {
    return ctx.services.assistant.ask(requireAuth(ctx), ctx.token ?? null, input) as Promise<AssistantAnswer>;
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Query(() => ConversationConnection, { description: 'Suas conversas com o assistente (só as do seu usuário), mais recentes primeiro.' })
  async conversations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AgentsContext) {
    return ctx.services.assistant.list(requireAuth(ctx), page.first, page.after);
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Query(() => Conversation, { nullable: true, description: 'Uma conversa sua, com as mensagens e citações.' })
  async conversation(@Arg('id', () => ID) id: string, @Ctx() ctx: AgentsContext) {
    if (!isUuid(id)) return null;
    return ctx.services.assistant.get(requireAuth(ctx), id);
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Mutation(() => Boolean, { description: 'Apaga uma conversa sua.' })
  async deleteConversation(@Arg('id', () => ID) id: string, @Ctx() ctx: AgentsContext): Promise<boolean> {
    if (!isUuid(id)) throw notFound('Conversa não encontrada.');
    return ctx.services.assistant.delete(requireAuth(ctx), id);
  }
}
