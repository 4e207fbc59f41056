import type { DataSource } from 'typeorm';
import { decodeCursor, newId, pageSize, parseInput, rateLimited, runOutsideTenant, toConnection, writeOutbox, type Redis } from '@prumo/kit';
import { LeadEntity } from './lead.entity';
import { submitLeadSchema, toLead } from './lead.types';

const LEADS_PER_IP_PER_HOUR = 10;

export class LeadService {
  constructor(
    private readonly ds: DataSource,
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Public landing form: stores the lead and asks for a notification to the platform team. */
  async submit(raw: unknown, ip: string) {
    const input = parseInput(submitLeadSchema, raw);
    const key = `${this.prefix}:leads:ip:${ip}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, 3600, 'NX').exec()) as [[null, number]];
    if (count > LEADS_PER_IP_PER_HOUR) throw rateLimited(await this.redis.ttl(key), 'Recebemos muitas mensagens deste endereço. Tente mais tarde.');
    return runOutsideTenant(this.ds, async (em) => {
      const lead = { id: newId(), ...input };
      // Plain insert without RETURNING: the public may write leads but never read them back (RLS).
      await em.query(`insert into identity.leads (id, name, email, whatsapp, message, ip) values ($1, $2, $3, $4, $5, $6)`, [
        lead.id,
        input.name,
        input.email,
        input.whatsapp,
        input.message,
        ip,
      ]);
      await writeOutbox(em, 'identity', 'notification.requested', null, {
        key: `lead:${lead.id}`,
        kind: 'lead',
        title: `Novo contato: ${input.name}`,
        body: `${input.name} (${input.email}, WhatsApp +${input.whatsapp}) escreveu: ${input.message.slice(0, 300)}`,
        link: '/admin',
      });
      return { id: lead.id, receivedAt: new Date(), message: 'Recebemos sua mensagem! Nossa equipe vai falar com você em breve.' };
    });
  }

  async adminList(staffUserId: string, first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    return runOutsideTenant(
      this.ds,
      async (em) => {
        const qb = em.getRepository(LeadEntity).createQueryBuilder('l').orderBy('l.created_at', 'DESC').addOrderBy('l.id', 'DESC').limit(limit + 1);
        if (cursor) qb.where('(l.created_at, l.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
        const rows = await qb.getMany();
        return toConnection(rows, limit, toLead, (r) => ({ at: r.createdAt.toISOString(), id: r.id }));
      },
      { userId: staffUserId, staff: true },
    );
  }
}
