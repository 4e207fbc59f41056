import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { parseId, requireAuth } from '@prumo/kit';
import { toAccount } from '../accounts/account.types';
import { metaOf, type IdentityContext } from '../context';
import { toUser } from '../users/user.types';
import { SignInInput, SignUpInput } from './auth.inputs';
import type { AuthResult } from './auth.service';
import { AuthPayload } from './auth.types';

export const toAuthPayload = (r: AuthResult): AuthPayload => ({
  accessToken: r.accessToken,
  refreshToken: r.refreshToken,
  expiresAt: r.expiresAt,
  user: toUser(r.user),
  account: toAccount(r.account),
});

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Cria usuário + conta (dono) e já entra.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload(await ctx.services.auth.signUp(input, metaOf(ctx)));
  }

  @Mutation(() => AuthPayload, { description: 'Entra com e-mail ou CPF e senha.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload(await ctx.services.auth.signIn(input, metaOf(ctx)));
  }

  @Mutation(() => AuthPayload, { description: 'Troca um token de renovação por um novo par de tokens.' })
  async refreshSession(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload(await ctx.services.auth.refresh(refreshToken, metaOf(ctx)));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Encerra a sessão atual (todos os seus tokens).' })
  async signOut(@Ctx() ctx: IdentityContext): Promise<boolean> {
    return ctx.services.auth.signOut(requireAuth(ctx), metaOf(ctx));
  }

  @Authorized()
  @Mutation(() => AuthPayload, { description: 'Passa a sessão para outra conta da qual você participa.' })
  async switchAccount(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload(await ctx.services.auth.switchAccount(requireAuth(ctx), parseId(accountId, 'accountId'), metaOf(ctx)));
  }
}
