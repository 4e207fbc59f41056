import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { formatBRL } from '@prumo/br';
import { decodeCursor, newId, pageSize, runInTenant, toConnection, writeOutbox } from '@prumo/kit';
import { PaymentEntity } from './payment.entity';
import { toPayment } from './payment.types';

export class PaymentService {
  constructor(private readonly ds: DataSource) {}

  /** invoice.paid / invoice.payment_failed -> the account's payment history (idempotent by invoice). */
  async record(tenantId: string, invoice: Stripe.Invoice, status: 'paid' | 'failed'): Promise<void> {
    const period = invoice.lines?.data?.[0]?.period;
    const amount = status === 'paid' ? invoice.amount_paid : invoice.amount_due;
    await runInTenant(this.ds, tenantId, async (em) => {
      const rows = await em.query(
        `insert into billing.payments (tenant_id, id, stripe_invoice_id, amount_cents, currency, status, description, period_start, period_end, hosted_invoice_url, occurred_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         on conflict (stripe_invoice_id) do update set status = excluded.status, amount_cents = excluded.amount_cents, occurred_at = excluded.occurred_at
           where billing.payments.status <> 'paid'
         returning (xmax = 0) as inserted`,
        [
          tenantId,
          newId(),
          invoice.id,
          amount,
          invoice.currency,
          status,
          status === 'paid' ? 'Assinatura Prumo' : 'Cobrança recusada',
          period ? new Date(period.start * 1000) : null,
          period ? new Date(period.end * 1000) : null,
          invoice.hosted_invoice_url ?? null,
          new Date(invoice.created * 1000),
        ],
      );
      if (status === 'failed' && rows.length) {
        await writeOutbox(em, 'billing', 'notification.requested', tenantId, {
          key: `payment_failed:${invoice.id}`,
          kind: 'payment_problem',
          title: 'Não conseguimos cobrar sua assinatura',
          body: `A cobrança de ${formatBRL(amount)} foi recusada. Atualize a forma de pagamento em até 7 dias para manter os módulos do seu plano.`,
          accountId: tenantId,
          link: '/planos',
        });
      }
    });
  }

  async history(tenantId: string, first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    return runInTenant(this.ds, tenantId, async (em) => {
      const qb = em.getRepository(PaymentEntity).createQueryBuilder('p').orderBy('p.occurred_at', 'DESC').addOrderBy('p.id', 'DESC').limit(limit + 1);
      if (cursor) qb.where('(p.occurred_at, p.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
      const rows = await qb.getMany();
      return toConnection(rows, limit, toPayment, (r) => ({ at: r.occurredAt.toISOString(), id: r.id }));
    });
  }
}
