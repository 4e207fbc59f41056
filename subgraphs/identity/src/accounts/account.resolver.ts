import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { forbidden, PageArgs, parseId, requireAuth, type Role, roleAtLeast } from '@prumo/kit';
import { ApiKey, toApiKey } from '../api-keys/api-key.types';
import type { IdentityContext } from '../context';
import { Invitation, Member, toInvitation, toMember } from '../members/member.types';
import { accountLoader } from './account.reference';
import { Account } from './account.types';
import { AccountConnection } from './account.connection';

/** Account sub-lists are readable only from inside the account, with at least `role`. */
function assertInside(ctx: IdentityContext, account: Account, role: Role) {
  const auth = requireAuth(ctx);
  if (auth.tid !== account.id) throw forbidden('Troque para esta conta para ver os detalhes.');
  if (!roleAtLeast(auth.role, role)) throw forbidden();
  return auth;
}

@Resolver(() => Account)
export class AccountResolver {
  @Authorized()
  @Query(() => Account, { nullable: true, description: 'Uma conta da qual você participa.' })
  async account(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<Account | null> {
    return accountLoader(ctx).load(parseId(id));
  }

  @Authorized('staff')
  @Query(() => AccountConnection, { description: 'Equipe: todas as contas da plataforma.' })
  async adminAccounts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true }) search: string | undefined,
    @Ctx() ctx: IdentityContext,
  ) {
    return ctx.services.accounts.adminList(requireAuth(ctx).sub, search ?? undefined, page.first, page.after);
  }

  @FieldResolver(() => [Member])
  async members(@Root() account: Account, @Ctx() ctx: IdentityContext): Promise<Member[]> {
    assertInside(ctx, account, 'member');
    return (await ctx.services.members.list(account.id)).map(toMember);
  }

  @FieldResolver(() => [Invitation], { description: 'Convites (donos e administradores).' })
  async invitations(@Root() account: Account, @Ctx() ctx: IdentityContext): Promise<Invitation[]> {
    assertInside(ctx, account, 'admin');
    return (await ctx.services.members.invitations(account.id)).map((i) => toInvitation(i));
  }

  @FieldResolver(() => [ApiKey], { description: 'Chaves de API (donos e administradores).' })
  async apiKeys(@Root() account: Account, @Ctx() ctx: IdentityContext): Promise<ApiKey[]> {
    assertInside(ctx, account, 'admin');
    return (await ctx.services.apiKeys.list(account.id)).map(toApiKey);
  }
}

