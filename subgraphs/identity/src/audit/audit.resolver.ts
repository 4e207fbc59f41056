import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, requireAuth } from '@prumo/kit';
import type { IdentityContext } from '../context';
import { userLoader } from '../users/user.reference';
import { User } from '../users/user.types';
import { AuditEvent, AuditEventConnection } from './audit.types';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized('admin')
  @Query(() => AuditEventConnection, { description: 'Log de segurança da conta atual (donos e administradores).' })
  async auditLog(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext) {
    return ctx.services.audit.list(requireAuth(ctx).tid, page.first, page.after);
  }

  @FieldResolver(() => User, { nullable: true })
  async actor(@Root() e: AuditEvent, @Ctx() ctx: IdentityContext): Promise<User | null> {
    return e.actorUserId ? userLoader(ctx).load(e.actorUserId) : null;
  }
}
