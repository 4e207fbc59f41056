import { Algorithm, hash, verify } from '@node-rs/argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { validateCpf } from '@prumo/br';
import {
  AppError,
  conflict,
  forbidden,
  newId,
  parseInput,
  runInTenant,
  runOutsideTenant,
  unauthenticated,
  writeOutbox,
  type AccessClaims,
  type Role,
} from '@prumo/kit';
import { AccountEntity } from '../accounts/account.entity';
import type { AccountService, MembershipWithAccount } from '../accounts/account.service';
import type { AuditService } from '../audit/audit.service';
import { MembershipEntity } from '../members/membership.entity';
import type { SessionService } from '../sessions/session.service';
import { UserEntity } from '../users/user.entity';
import { signInSchema, signUpSchema, type SignInInput, type SignUpInput } from './auth.inputs';
import type { LoginThrottle } from './login-throttle';
import type { TokenIssuer } from './token-issuer';

export const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export interface RequestMeta {
  ip: string;
  userAgent: string;
}

export interface AuthResult {
  user: UserEntity;
  account: AccountEntity;
  role: Role;
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

const WRONG_CREDENTIALS = 'E-mail/CPF ou senha incorretos.';
const SESSION_ENDED = 'Sua sessão terminou. Entre novamente.';

/** Maps unique violations to the field the user must change. */
export function uniqueViolation(err: unknown): AppError | null {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  const constraint = e.driverError?.constraint ?? e.constraint ?? '';
  if (code !== '23505') return null;
  if (constraint.includes('email')) return conflict('Já existe um usuário com este e-mail.', { fields: { email: 'E-mail já cadastrado.' } });
  if (constraint.includes('tax_id')) return conflict('Já existe uma conta com este CNPJ/CPF.', { fields: { taxId: 'CNPJ/CPF já cadastrado.' } });
  if (constraint.includes('cpf')) return conflict('Já existe um usuário com este CPF.', { fields: { cpf: 'CPF já cadastrado.' } });
  return conflict();
}

export class AuthService {
  // Verifying against a real hash for unknown logins keeps response time from revealing which exist.
  private dummyHash: Promise<string>;

  constructor(
    private readonly ds: DataSource,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly tokens: TokenIssuer,
  ) {
    this.dummyHash = hash('prumo-dummy-password-1', ARGON2_OPTIONS);
  }

  async signUp(raw: SignUpInput, meta: RequestMeta): Promise<AuthResult> {
    const input = parseInput(signUpSchema, raw);
    const passwordHash = await hash(input.password, ARGON2_OPTIONS);
    const userId = newId();
    const accountId = newId();
    try {
      return await runInTenant(this.ds, { tenantId: accountId, userId }, async (em) => {
        const user = em.create(UserEntity, {
          id: userId,
          email: input.email,
          emailNormalized: input.email,
          cpf: input.cpf ?? null,
          name: input.name,
          whatsapp: input.whatsapp ?? null,
          passwordHash,
          staff: false,
          lastAccountId: accountId,
        });
        await em.insert(UserEntity, user);
        const account = em.create(AccountEntity, {
          id: accountId,
          tenantId: accountId,
          name: input.companyName,
          taxId: input.taxId.value,
          taxIdKind: input.taxId.kind,
          status: 'active',
          planCode: 'free',
          // The Free plan's modules (billing's plan.changed confirms them right after).
          modules: ['fiscal', 'finance', 'consultant'],
          planChangedAt: null,
        });
        await em.insert(AccountEntity, account);
        await em.insert(MembershipEntity, { id: newId(), tenantId: accountId, userId, role: 'owner' });
        await writeOutbox(em, 'identity', 'account.created', accountId, {
          accountId,
          name: account.name,
          taxId: account.taxId,
          ownerUserId: userId,
          ownerEmail: user.email,
        });
        await this.audit.record(em, { tenantId: accountId, actorUserId: userId, action: 'sign_up', ip: meta.ip, userAgent: meta.userAgent });
        const saved = await em.findOneByOrFail(UserEntity, { id: userId });
        const savedAccount = await em.findOneByOrFail(AccountEntity, { id: accountId });
        return this.startSession(em, saved, savedAccount, 'owner', meta);
      });
    } catch (err) {
      throw uniqueViolation(err) ?? err;
    }
  }

  async signIn(raw: SignInInput, meta: RequestMeta): Promise<AuthResult> {
    const input = parseInput(signInSchema, raw);
    const cpf = validateCpf(input.login);
    const login = cpf.ok ? cpf.value : input.login.toLowerCase();
    await this.throttle.assertAllowed(login, meta.ip);

    const user = await runOutsideTenant(this.ds, (em) =>
      em.findOneBy(UserEntity, cpf.ok ? { cpf: cpf.value } : { emailNormalized: login }),
    );
    const ok = await verify(user?.passwordHash ?? (await this.dummyHash), input.password).catch(() => false);
    if (!user || !ok) {
      await this.throttle.recordFailure(login, meta.ip);
      if (user?.lastAccountId) {
        await this.audit
          .recordAlone({ tenantId: user.lastAccountId, actorUserId: user.id, action: 'sign_in_failed', ip: meta.ip, userAgent: meta.userAgent })
          .catch(() => undefined); // the user may have left that account; the log line below still records it
      }
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(login);

    return runOutsideTenant(
      this.ds,
      async (em) => {
        const chosen = this.pickAccount(await this.accounts.membershipsOfUser(em, user.id), user.lastAccountId);
        const result = await this.startSession(em, user, chosen.account, chosen.membership.role, meta);
        await em.update(UserEntity, { id: user.id }, { lastAccountId: chosen.account.id });
        return result;
      },
      { userId: user.id },
    ).then(async (result) => {
      await this.audit.recordAlone({ tenantId: result.account.id, actorUserId: user.id, action: 'sign_in', ip: meta.ip, userAgent: meta.userAgent });
      return result;
    });
  }

  async refresh(refreshToken: string, meta: RequestMeta): Promise<AuthResult> {
    if (!refreshToken || refreshToken.length > 200) throw unauthenticated(SESSION_ENDED);
    let reuse: { sessionId: string; userId: string; accountId: string } | null = null;
    const result = await runOutsideTenant(this.ds, async (em) => {
      const found = await this.sessions.findForRefresh(em, refreshToken);
      if (!found) return null;
      const { token, session } = found;
      if (session.revokedAt) return null;
      if (token.rotated_at) {
        // A rotated token came back: someone holds a copy. End the whole family.
        await this.sessions.revoke(em, session.id, 'refresh_token_reuse');
        reuse = { sessionId: session.id, userId: session.userId, accountId: session.accountId };
        return null;
      }
      if (new Date(token.expires_at) <= new Date()) return null;
      await em.query(`select set_config('app.user_id', $1, true)`, [session.userId]);
      const user = await em.findOneByOrFail(UserEntity, { id: session.userId });
      const memberships = await this.accounts.membershipsOfUser(em, user.id);
      const current = memberships.find((m) => m.account.id === session.accountId) ?? this.pickAccount(memberships, null);
      if (current.account.id !== session.accountId) await em.update('identity.sessions', { id: session.id }, { accountId: current.account.id });
      const newRefresh = await this.sessions.rotate(em, token.id, session.id);
      const access = this.tokens.issue(user, current.account, current.membership.role, session.id);
      return { user, account: current.account, role: current.membership.role, accessToken: access.token, refreshToken: newRefresh, expiresAt: access.expiresAt };
    });
    if (reuse) {
      const r = reuse as { sessionId: string; userId: string; accountId: string };
      await this.audit
        .recordAlone({ tenantId: r.accountId, actorUserId: r.userId, action: 'refresh_token_reuse', target: r.sessionId, ip: meta.ip, userAgent: meta.userAgent })
        .catch(() => undefined);
    }
    if (!result) throw unauthenticated(SESSION_ENDED);
    return result;
  }

  async signOut(auth: AccessClaims, meta: RequestMeta): Promise<boolean> {
    if (auth.akid) throw forbidden('Chaves de API não têm sessão para encerrar.');
    await runOutsideTenant(this.ds, (em) => this.sessions.revoke(em, auth.sid, 'sign_out'));
    await this.audit.recordAlone({ tenantId: auth.tid, actorUserId: auth.sub, action: 'sign_out', target: auth.sid, ip: meta.ip, userAgent: meta.userAgent });
    return true;
  }

  /** Signs out by refresh token (the router's cookie logout, where no access token may be left). */
  async signOutByRefreshToken(refreshToken: string): Promise<boolean> {
    return runOutsideTenant(this.ds, async (em) => {
      const found = await this.sessions.findForRefresh(em, refreshToken);
      if (!found) return false;
      await this.sessions.revoke(em, found.session.id, 'sign_out');
      return true;
    });
  }

  async switchAccount(auth: AccessClaims, accountId: string, meta: RequestMeta): Promise<AuthResult> {
    if (auth.akid) throw forbidden('Chaves de API pertencem a uma única conta.');
    const result = await runOutsideTenant(
      this.ds,
      async (em) => {
        if (!(await this.sessions.isActive(em, auth.sid))) throw unauthenticated(SESSION_ENDED);
        const target = (await this.accounts.membershipsOfUser(em, auth.sub)).find((m) => m.account.id === accountId);
        if (!target) throw forbidden('Você não participa desta conta.');
        if (target.account.status !== 'active') throw forbidden('Esta conta está suspensa.');
        const user = await em.findOneByOrFail(UserEntity, { id: auth.sub });
        await em.update('identity.sessions', { id: auth.sid }, { accountId });
        await em.update(UserEntity, { id: auth.sub }, { lastAccountId: accountId });
        const refreshToken = await this.sessions.rotateAll(em, auth.sid);
        const access = this.tokens.issue(user, target.account, target.membership.role, auth.sid);
        return { user, account: target.account, role: target.membership.role, accessToken: access.token, refreshToken, expiresAt: access.expiresAt };
      },
      { userId: auth.sub },
    );
    await this.audit.recordAlone({ tenantId: accountId, actorUserId: auth.sub, action: 'account_switched', ip: meta.ip, userAgent: meta.userAgent });
    return result;
  }

  /**
   * Internal (background jobs act as the user): a short-lived access token for the user in the
   * account, with the user's current role and the account's current modules. FORBIDDEN when the
   * user is no longer a member or the account is suspended.
   */
  async delegatedToken(userId: string, accountId: string, ttlSeconds = 300): Promise<{ accessToken: string; expiresAt: Date }> {
    return runOutsideTenant(
      this.ds,
      async (em) => {
        const target = (await this.accounts.membershipsOfUser(em, userId)).find((m) => m.account.id === accountId);
        if (!target) throw forbidden('O usuário não participa mais desta conta.');
        if (target.account.status !== 'active') throw forbidden('Esta conta está suspensa.');
        const user = await em.findOneByOrFail(UserEntity, { id: userId });
        const access = this.tokens.issue(user, target.account, target.membership.role, newId(), {}, ttlSeconds);
        return { accessToken: access.token, expiresAt: access.expiresAt };
      },
      { userId },
    );
  }

  /** Creates a session for an already-verified user (sign-up, sign-in, accepted invitation). */
  async startSession(em: EntityManager, user: UserEntity, account: AccountEntity, role: Role, meta: RequestMeta): Promise<AuthResult> {
    const { session, refreshToken } = await this.sessions.create(em, user.id, account.id, meta);
    const access = this.tokens.issue(user, account, role, session.id);
    return { user, account, role, accessToken: access.token, refreshToken, expiresAt: access.expiresAt };
  }

  private pickAccount(memberships: MembershipWithAccount[], preferred: string | null): MembershipWithAccount {
    const active = memberships.filter((m) => m.account.status === 'active');
    if (!memberships.length) throw forbidden('Seu usuário não participa de nenhuma conta.');
    if (!active.length) throw forbidden('Sua conta está suspensa. Fale com o suporte.');
    return active.find((m) => m.account.id === preferred) ?? active[0];
  }
}
