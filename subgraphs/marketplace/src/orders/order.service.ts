import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { formatBRL, nextDay, parseIsoDate, plural, saoPauloDate, saoPauloMidnight, type CalendarDate } from '@prumo/br';

const isoDate = (d: CalendarDate) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
import {
  badInput,
  conflict,
  decodeCursor,
  forbidden,
  isUuid,
  newId,
  notFound,
  pageSize,
  parseInput,
  runInTenant,
  toConnection,
  writeOutbox,
  type AccessClaims,
} from '@prumo/kit';
import { whatsappLink } from '../sellers/whatsapp';

const placeSchema = z.object({
  productId: z.string().refine(isUuid, 'Produto inválido.'),
  quantity: z.number().int('Informe uma quantidade inteira.').min(1, 'A quantidade deve ser pelo menos 1.').max(1_000_000, 'Quantidade alta demais.'),
});

export const STATUS_PT: Record<string, string> = { PENDING: 'pendente', COMPLETED: 'concluído', CANCELLED: 'cancelado' };

export class OrderService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Places an order as the caller's account. Stock is reserved by one conditional UPDATE inside
   * marketplace.place_order (SECURITY DEFINER: the buyer cannot write the seller's product row);
   * when it reserves nothing, the reason is looked up to answer precisely.
   */
  async place(auth: AccessClaims, raw: unknown) {
    const input = parseInput(placeSchema, raw);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const rows = await em.query(`select * from marketplace.place_order($1, $2, $3, $4)`, [newId(), input.productId, input.quantity, auth.sub]);
      if (rows.length) return rows[0];
      const p = await em.query(`select tenant_id, stock, active, deleted_at from marketplace.products where id = $1`, [input.productId]);
      if (!p.length || p[0].deleted_at) throw notFound('Produto não encontrado.');
      if (p[0].tenant_id === auth.tid) throw badInput({ productId: 'Você não pode comprar um produto da sua própria conta.' });
      if (!p[0].active) throw conflict('Produto indisponível: o vendedor desativou o anúncio.');
      throw conflict(`Estoque insuficiente: ${p[0].stock === 0 ? 'o produto esgotou' : `${p[0].stock === 1 ? 'resta' : 'restam'} ${plural(p[0].stock, 'unidade')}`}.`, { reason: 'OUT_OF_STOCK', available: p[0].stock });
    });
  }

  /** Seller only, pending only. The sale becomes the seller's revenue (limits), once. */
  async confirm(auth: AccessClaims, id: string) {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const rows = await em.query(`select * from marketplace.confirm_order($1)`, [id]);
      if (!rows.length) {
        const o = await this.visible(em, id);
        if (o.seller_tenant_id !== auth.tid) throw forbidden('Só o vendedor pode confirmar o pedido.');
        throw conflict(`O pedido já está ${STATUS_PT[o.status]}.`);
      }
      const o = rows[0];
      const day = saoPauloDate(new Date(o.completed_at))!;
      await writeOutbox(em, 'marketplace', 'revenue.recorded', o.seller_tenant_id, {
        source: 'marketplace',
        sourceId: o.id,
        amountCents: Number(o.total_cents),
        occurredOn: isoDate(day),
        description: `Marketplace: ${o.quantity} x ${o.product_name} (${o.product_code})`,
      });
      return o;
    });
  }

  /** Buyer or seller, pending only; the stock goes back to the product in the same statement. */
  async cancel(auth: AccessClaims, id: string) {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const rows = await em.query(`select * from marketplace.cancel_order($1)`, [id]);
      if (rows.length) return rows[0];
      const o = await this.visible(em, id);
      throw conflict(`O pedido já está ${STATUS_PT[o.status]}.`);
    });
  }

  private async visible(em: EntityManager, id: string) {
    const r = await em.query(`select * from marketplace.orders where id = $1`, [id]);
    if (!r.length) throw notFound('Pedido não encontrado.');
    return r[0];
  }

  get(tid: string, id: string) {
    return runInTenant(this.ds, tid, async (em) => (await em.query(`select * from marketplace.orders where id = $1`, [id]))[0] ?? null);
  }

  async list(tid: string, role: 'BUYER' | 'SELLER', status: string | null | undefined, first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    return runInTenant(this.ds, tid, async (em) => {
      const params: unknown[] = [tid, limit + 1];
      let where = role === 'BUYER' ? `tenant_id = $1` : `seller_tenant_id = $1`;
      if (status) {
        params.push(status);
        where += ` and status = $${params.length}`;
      }
      if (cursor) {
        params.push(cursor.at, cursor.id);
        where += ` and (created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
      }
      const rows = await em.query(`select * from marketplace.orders where ${where} order by created_at desc, id desc limit $2`, params);
      return toConnection(rows, limit, (r: any) => r, (r: any) => ({ at: new Date(r.created_at).toISOString(), id: r.id }));
    });
  }

  /** CONTRACTS.md: the caller's sales between two São Paulo dates (inclusive). */
  async salesSummary(tid: string, fromRaw: string, toRaw: string) {
    const from = parseIsoDate(fromRaw);
    const to = parseIsoDate(toRaw);
    const fields: Record<string, string> = {};
    if (!from || !/^\d{4}-\d{2}-\d{2}$/.test(fromRaw)) fields.from = 'Data inválida: use AAAA-MM-DD.';
    if (!to || !/^\d{4}-\d{2}-\d{2}$/.test(toRaw)) fields.to = 'Data inválida: use AAAA-MM-DD.';
    if (!fields.from && !fields.to && isoDate(from!) > isoDate(to!)) fields.to = 'A data final é anterior à inicial.';
    if (Object.keys(fields).length) throw badInput(fields);
    const start = saoPauloMidnight(from!)!;
    const end = saoPauloMidnight(nextDay(to!)!)!;
    return runInTenant(this.ds, tid, async (em) => {
      const [totals] = await em.query(
        `select count(*) filter (where status = 'COMPLETED' and completed_at >= $2 and completed_at < $3)::int as completed,
                count(*) filter (where status = 'PENDING' and created_at >= $2 and created_at < $3)::int as pending,
                coalesce(sum(total_cents) filter (where status = 'COMPLETED' and completed_at >= $2 and completed_at < $3), 0)::bigint as revenue
           from marketplace.orders where seller_tenant_id = $1 and (completed_at >= $2 or created_at >= $2)`,
        [tid, start, end],
      );
      const top = await em.query(
        `select product_id, sum(quantity)::int as quantity, sum(total_cents)::bigint as revenue
           from marketplace.orders where seller_tenant_id = $1 and status = 'COMPLETED' and completed_at >= $2 and completed_at < $3
          group by product_id order by revenue desc, product_id limit 5`,
        [tid, start, end],
      );
      return { completed: totals.completed, pending: totals.pending, revenue: Number(totals.revenue), top };
    });
  }

  /** wa.me link to the seller with a pt-BR summary of the order. */
  whatsappUrl(order: any, sellerWhatsapp: string | null): string | null {
    if (!sellerWhatsapp) return null;
    const text =
      `Olá! Sobre o pedido ${String(order.id).slice(-8).toUpperCase()} no marketplace Prumo: ` +
      `${order.quantity} x ${order.product_name} (${order.product_code}), ${formatBRL(Number(order.unit_price_cents))} cada, ` +
      `total ${formatBRL(Number(order.total_cents))}. Situação: ${STATUS_PT[order.status]}.`;
    return whatsappLink(sellerWhatsapp, text);
  }
}
