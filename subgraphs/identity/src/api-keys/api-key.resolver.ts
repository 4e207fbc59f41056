import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { parseId, requireAuth } from '@prumo/kit';
import { metaOf, type IdentityContext } from '../context';
import { CreateApiKeyInput } from './api-key.inputs';
import { ApiKey, CreatedApiKey, toApiKey } from './api-key.types';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized('admin')
  @Mutation(() => CreatedApiKey, { description: 'Cria uma chave de API. O segredo aparece só nesta resposta.' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: IdentityContext): Promise<CreatedApiKey> {
    const r = await ctx.services.apiKeys.create(requireAuth(ctx), input, metaOf(ctx));
    return { apiKey: toApiKey(r.apiKey), secret: r.secret };
  }

  @Authorized('admin')
  @Mutation(() => ApiKey)
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<ApiKey> {
    return toApiKey(await ctx.services.apiKeys.revoke(requireAuth(ctx), parseId(id), metaOf(ctx)));
  }
}
