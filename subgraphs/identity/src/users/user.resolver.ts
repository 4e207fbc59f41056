import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, requireAuth } from '@prumo/kit';
import { accountLoader } from '../accounts/account.reference';
import { Account, toAccount } from '../accounts/account.types';
import type { IdentityContext } from '../context';
import { Membership } from '../members/member.types';
import { userLoader } from './user.reference';
import { UpdateProfileInput } from './user.inputs';
import { RoleEnum, toUser, User } from './user.types';

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User, { description: 'O usuário autenticado, com a conta atual.' })
  async me(@Ctx() ctx: IdentityContext): Promise<User> {
    const user = await userLoader(ctx).load(requireAuth(ctx).sub);
    if (!user) throw new Error('authenticated user not found');
    return user;
  }

  @Authorized()
  @Mutation(() => User, { description: 'Atualiza seu nome e seu WhatsApp (para onde vão os avisos).' })
  async updateProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: IdentityContext): Promise<User> {
    const auth = requireAuth(ctx);
    if (auth.akid) throw forbidden('Chaves de API não alteram dados pessoais.');
    return toUser(await ctx.services.users.updateProfile(auth, { ...input }));
  }

  @FieldResolver(() => Account, { nullable: true, description: 'A conta em que a sessão atua (só para você mesmo).' })
  async account(@Root() user: User, @Ctx() ctx: IdentityContext): Promise<Account | null> {
    const auth = requireAuth(ctx);
    return user.id === auth.sub ? accountLoader(ctx).load(auth.tid) : null;
  }

  @FieldResolver(() => RoleEnum, { nullable: true, description: 'Seu papel na conta atual (só para você mesmo).' })
  role(@Root() user: User, @Ctx() ctx: IdentityContext): RoleEnum | null {
    const auth = requireAuth(ctx);
    return user.id === auth.sub ? (auth.role as RoleEnum) : null;
  }

  @FieldResolver(() => [Membership], { description: 'Contas das quais você participa (troca de conta).' })
  async memberships(@Root() user: User, @Ctx() ctx: IdentityContext): Promise<Membership[]> {
    const auth = requireAuth(ctx);
    if (user.id !== auth.sub || auth.akid) return [];
    const rows = await ctx.services.accounts.membershipsForUser(auth.sub);
    return rows.map((r) => ({ account: toAccount(r.account), role: r.membership.role as RoleEnum }));
  }
}
