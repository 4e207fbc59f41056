import type { GraphQLResolveInfo } from 'graphql';
import type { AuthCheckerInterface, MiddlewareFn, ResolverData } from 'type-graphql';
import { forbidden, moduleDisabled } from '../errors';
import { requireAuth, type RequestContext } from '../server/context';
import { type Role, roleAtLeast, ROLES } from './claims';

/** Role names accepted by @Authorized(...): account roles plus 'staff' (platform admins). */
export type Requirement = Role | 'staff';

function operationType(info: GraphQLResolveInfo): 'query' | 'mutation' | 'subscription' {
  return info.operation.operation;
}

/**
 * type-graphql auth checker. `@Authorized()` = any signed-in caller; `@Authorized('admin')` = admin
 * or owner; `@Authorized('staff')` = platform staff. Tokens exchanged for API keys also need the
 * scope of the operation type: `read` for queries, `write` for mutations.
 */
export class AuthChecker implements AuthCheckerInterface<RequestContext, Requirement> {
  check({ context, info }: ResolverData<RequestContext>, requirements: Requirement[]): boolean {
    const auth = requireAuth(context);
    if (auth.scopes) {
      const needed = operationType(info) === 'mutation' ? 'write' : 'read';
      if (!auth.scopes.includes(needed)) {
        throw forbidden(`Esta chave de API não tem o escopo "${needed}".`);
      }
    }
    if (requirements.length === 0) return true;
    if (requirements.includes('staff')) {
      if (auth.staff) return true;
      throw forbidden('Apenas a equipe da plataforma pode fazer isso.');
    }
    const accountRoles = requirements.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    const weakest = accountRoles.sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0];
    if (weakest && roleAtLeast(auth.role, weakest)) return true;
    throw forbidden();
  }
}

/** Module guard: MODULE_DISABLED when the account's plan lacks the module (from the token). */
export function RequireModule(module: string): MiddlewareFn<RequestContext> {
  return async ({ context }, next) => {
    const auth = requireAuth(context);
    if (!auth.mods.includes(module)) throw moduleDisabled(module);
    return next();
  };
}
