import { hash, verify } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  badInput,
  conflict,
  forbidden,
  newId,
  notFound,
  parseInput,
  returnedRows,
  runInTenant,
  runOutsideTenant,
  unauthenticated,
  type AccessClaims,
  type Role,
} from '@prumo/kit';
import { AccountEntity } from '../accounts/account.entity';
import type { AuditService } from '../audit/audit.service';
import { ARGON2_OPTIONS, type AuthResult, type AuthService, type RequestMeta, uniqueViolation } from '../auth/auth.service';
import { hashToken, randomToken } from '../sessions/session.service';
import { UserEntity } from '../users/user.entity';
import { InvitationEntity } from './invitation.entity';
import { acceptInvitationSchema, inviteMemberSchema, newUserPasswordSchema } from './member.inputs';
import { MembershipEntity } from './membership.entity';
import type { Seats } from './seats';

const INVITATION_TTL_DAYS = 7;

export class MemberService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly publicUrl: string,
    private readonly seats: Seats,
  ) {}

  async list(tenantId: string): Promise<MembershipEntity[]> {
    return runInTenant(this.ds, tenantId, (em) => em.find(MembershipEntity, { order: { createdAt: 'ASC' } }));
  }

  async invitations(tenantId: string): Promise<InvitationEntity[]> {
    return runInTenant(this.ds, tenantId, (em) => em.find(InvitationEntity, { order: { createdAt: 'DESC' } }));
  }

  async invite(auth: AccessClaims, raw: unknown, meta: RequestMeta) {
    const input = parseInput(inviteMemberSchema, raw);
    const token = randomToken();
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const already = await em.query(
        `select 1 from identity.memberships m join identity.users u on u.id = m.user_id where u.email_normalized = $1`,
        [input.email],
      );
      if (already.length) throw conflict('Esta pessoa já participa da conta.', { fields: { email: 'Já é membro.' } });
      // A newer invitation replaces a pending one for the same e-mail.
      await em.update(InvitationEntity, { emailNormalized: input.email, status: 'pending' }, { status: 'revoked' });
      const invitation = em.create(InvitationEntity, {
        id: newId(),
        tenantId: auth.tid,
        email: input.email,
        emailNormalized: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: auth.sub,
        status: 'pending',
        quotaKey: null,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
        acceptedAt: null,
      });
      await em.insert(InvitationEntity, invitation);
      await this.seats.claim(em, auth.tid);
      await this.audit.record(em, { tenantId: auth.tid, actorUserId: auth.sub, action: 'member_invited', target: input.email, ip: meta.ip, userAgent: meta.userAgent, metadata: { role: input.role } });
      const saved = await em.findOneByOrFail(InvitationEntity, { id: invitation.id });
      return { invitation: saved, token, acceptUrl: `${this.publicUrl}/convite/${token}` };
    });
  }

  async revokeInvitation(auth: AccessClaims, id: string, meta: RequestMeta): Promise<InvitationEntity> {
    return runInTenant(this.ds, auth.tid, async (em) => {
      const inv = await em.findOneBy(InvitationEntity, { id });
      if (!inv) throw notFound('Convite não encontrado.');
      if (inv.status !== 'pending') throw conflict('Este convite não está mais pendente.');
      inv.status = 'revoked';
      await em.save(inv);
      await this.seats.sync(em, auth.tid);
      await this.audit.record(em, { tenantId: auth.tid, actorUserId: auth.sub, action: 'invitation_revoked', target: inv.email, ip: meta.ip, userAgent: meta.userAgent });
      return inv;
    });
  }

  /** Public: what the invited person sees before accepting. */
  async preview(token: string) {
    const found = await this.findPending(token);
    if (!found) throw notFound('Convite inválido, expirado ou já usado.');
    return found;
  }

  private async findPending(token: string) {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    // The lookup policy makes exactly the invitation named by the token visible, across tenants.
    const inv = await runOutsideTenant(this.ds, (em) => em.findOneBy(InvitationEntity, { tokenHash }), {
      settings: { 'app.lookup_key': tokenHash },
    });
    if (!inv || inv.status !== 'pending' || inv.expiresAt <= new Date()) return null;
    const [account, user] = await Promise.all([
      runInTenant(this.ds, inv.tenantId, (em) => em.findOneBy(AccountEntity, { id: inv.tenantId })),
      runOutsideTenant(this.ds, (em) => em.findOneBy(UserEntity, { emailNormalized: inv.emailNormalized })),
    ]);
    return { invitation: inv, accountName: account?.name ?? '', existingUser: !!user };
  }

  /**
   * Public: joins the inviting account. An existing user proves it is them with their password; a
   * new user is created with the invited e-mail. Returns a session in the joined account.
   */
  async accept(raw: unknown, meta: RequestMeta): Promise<AuthResult> {
    const input = parseInput(acceptInvitationSchema, raw);
    const found = await this.findPending(input.token);
    if (!found) throw notFound('Convite inválido, expirado ou já usado.');
    const { invitation } = found;
    const existing = await runOutsideTenant(this.ds, (em) => em.findOneBy(UserEntity, { emailNormalized: invitation.emailNormalized }));
    let newHash: string | null = null;
    if (existing) {
      if (!(await verify(existing.passwordHash, input.password).catch(() => false))) throw unauthenticated('Senha incorreta.');
    } else {
      if (!input.name) throw badInput({ name: 'Informe seu nome.' });
      newHash = await hash(parseInput(z.object({ password: newUserPasswordSchema }), { password: input.password }).password, ARGON2_OPTIONS);
    }
    try {
      return await runInTenant(this.ds, { tenantId: invitation.tenantId }, async (em) => {
        // Claim the invitation first: a concurrent second acceptance updates nothing and stops here.
        const claimed = returnedRows(
          await em.query(`update identity.invitations set status = 'accepted', accepted_at = now() where id = $1 and status = 'pending' returning id`, [
            invitation.id,
          ]),
        );
        if (!claimed.length) throw conflict('Este convite já foi usado.');
        let user = existing;
        if (!user) {
          user = em.create(UserEntity, {
            id: newId(),
            email: invitation.email,
            emailNormalized: invitation.emailNormalized,
            cpf: null,
            name: input.name!,
            whatsapp: null,
            passwordHash: newHash!,
            staff: false,
            lastAccountId: invitation.tenantId,
          });
          await em.insert(UserEntity, user);
          user = await em.findOneByOrFail(UserEntity, { id: user.id });
        } else {
          await em.update(UserEntity, { id: user.id }, { lastAccountId: invitation.tenantId });
        }
        await em.insert(MembershipEntity, { id: newId(), tenantId: invitation.tenantId, userId: user.id, role: invitation.role });
        await this.audit.record(em, { tenantId: invitation.tenantId, actorUserId: user.id, action: 'invitation_accepted', target: invitation.email, ip: meta.ip, userAgent: meta.userAgent });
        const account = await em.findOneByOrFail(AccountEntity, { id: invitation.tenantId });
        return this.auth.startSession(em, user, account, invitation.role, meta);
      });
    } catch (err) {
      const unique = uniqueViolation(err);
      if (unique) throw conflict('Você já participa desta conta.');
      throw err;
    }
  }

  async changeRole(auth: AccessClaims, memberId: string, role: Role, meta: RequestMeta): Promise<MembershipEntity> {
    return runInTenant(this.ds, auth.tid, async (em) => {
      const owners: MembershipEntity[] = await em.query(
        `select id, user_id as "userId", role from identity.memberships where role = 'owner' for update`,
      );
      const member = await em.findOneBy(MembershipEntity, { id: memberId });
      if (!member) throw notFound('Membro não encontrado.');
      if ((role === 'owner' || member.role === 'owner') && auth.role !== 'owner') {
        throw forbidden('Só um dono pode mudar o papel de donos.');
      }
      if (member.role === 'owner' && role !== 'owner' && owners.length <= 1) {
        throw conflict('A conta precisa de pelo menos um dono.');
      }
      const previous = member.role;
      member.role = role;
      await em.save(member);
      await this.audit.record(em, { tenantId: auth.tid, actorUserId: auth.sub, action: 'member_role_changed', target: member.userId, ip: meta.ip, userAgent: meta.userAgent, metadata: { from: previous, to: role } });
      return member;
    });
  }

  async remove(auth: AccessClaims, memberId: string, meta: RequestMeta): Promise<boolean> {
    if (auth.akid) throw forbidden('Chaves de API não gerenciam membros.');
    return runInTenant(this.ds, auth.tid, async (em) => {
      const owners: Array<{ id: string }> = await em.query(`select id from identity.memberships where role = 'owner' for update`);
      const member = await em.findOneBy(MembershipEntity, { id: memberId });
      if (!member) throw notFound('Membro não encontrado.');
      const self = member.userId === auth.sub;
      if (!self && auth.role === 'member') throw forbidden();
      if (member.role === 'owner' && !self && auth.role !== 'owner') throw forbidden('Só um dono pode remover outro dono.');
      if (member.role === 'owner' && owners.length <= 1) throw conflict('Não é possível remover o último dono da conta.');
      await em.delete(MembershipEntity, { id: memberId });
      await this.seats.sync(em, auth.tid);
      // End the removed person's sessions in this account.
      await em.query(
        `update identity.sessions set revoked_at = now(), revoked_reason = 'member_removed' where user_id = $1 and account_id = $2 and revoked_at is null`,
        [member.userId, auth.tid],
      );
      await this.audit.record(em, { tenantId: auth.tid, actorUserId: auth.sub, action: 'member_removed', target: member.userId, ip: meta.ip, userAgent: meta.userAgent });
      return true;
    });
  }
}
