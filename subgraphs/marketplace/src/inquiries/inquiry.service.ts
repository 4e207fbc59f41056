import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { badInput, conflict, decodeCursor, forbidden, isUuid, newId, notFound, pageSize, parseInput, runInTenant, toConnection, writeOutbox, type AccessClaims } from '@prumo/kit';

const inquirySchema = z.object({
  productId: z.string().refine(isUuid, 'Produto inválido.'),
  message: z.string().trim().min(3, 'Escreva a sua pergunta.').max(2000, 'Mensagem longa demais (máx. 2.000).'),
});

const answerSchema = z.object({
  id: z.string().refine(isUuid, 'Pergunta inválida.'),
  answer: z.string().trim().min(2, 'Escreva a resposta.').max(2000, 'Resposta longa demais (máx. 2.000).'),
});

export class InquiryService {
  constructor(private readonly ds: DataSource) {}

  /** Stores the question and asks for a notification to the seller (outbox, same transaction). */
  async send(auth: AccessClaims, raw: unknown) {
    const input = parseInput(inquirySchema, raw);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const p = await em.query(`select tenant_id, name, code, active from marketplace.products where id = $1 and deleted_at is null`, [input.productId]);
      if (!p.length) throw notFound('Produto não encontrado.');
      if (p[0].tenant_id === auth.tid) throw badInput({ productId: 'Este produto é da sua própria conta.' });
      const id = newId();
      const rows = await em.query(
        `insert into marketplace.inquiries (tenant_id, id, seller_tenant_id, product_id, user_id, message) values ($1, $2, $3, $4, $5, $6) returning *`,
        [auth.tid, id, p[0].tenant_id, input.productId, auth.sub, input.message],
      );
      const buyer = await em.query(`select display_name from marketplace.seller_profiles where tenant_id = $1`, [auth.tid]);
      await writeOutbox(em, 'marketplace', 'notification.requested', p[0].tenant_id, {
        key: `inquiry:${id}`,
        kind: 'inquiry',
        accountId: p[0].tenant_id,
        title: `Nova pergunta sobre ${p[0].name}`.slice(0, 140),
        body: `${buyer[0]?.display_name ?? 'Um comprador'} perguntou: "${input.message.slice(0, 500)}"`,
        link: `/marketplace/produtos/${input.productId}`,
      });
      return rows[0];
    });
  }

  /**
   * The seller answers (once): through `answer_inquiry`, which checks the caller is the seller; the
   * buyer's owners and admins are notified (outbox, same transaction).
   */
  async answer(auth: AccessClaims, raw: unknown) {
    const input = parseInput(answerSchema, raw);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const [row] = await em.query(`select * from marketplace.answer_inquiry($1, $2, $3)`, [input.id, input.answer, auth.sub]);
      if (!row) {
        const [seen] = await em.query(`select seller_tenant_id, answered_at from marketplace.inquiries where id = $1`, [input.id]);
        if (!seen) throw notFound('Pergunta não encontrada.');
        if (seen.seller_tenant_id !== auth.tid) throw forbidden('Só quem vende o produto responde a pergunta.');
        throw conflict('Esta pergunta já foi respondida.');
      }
      const [p] = await em.query(`select name from marketplace.products where id = $1`, [row.product_id]);
      const seller = await em.query(`select display_name from marketplace.seller_profiles where tenant_id = $1`, [auth.tid]);
      await writeOutbox(em, 'marketplace', 'notification.requested', row.tenant_id, {
        key: `inquiry-answer:${row.id}`,
        kind: 'inquiry',
        accountId: row.tenant_id,
        title: `Resposta sobre ${p?.name ?? 'o produto'}`.slice(0, 140),
        body: `${seller[0]?.display_name ?? 'O vendedor'} respondeu: "${input.answer.slice(0, 500)}"`,
        link: `/marketplace/produtos/${row.product_id}`,
      });
      return row;
    });
  }

  async list(tid: string, role: 'BUYER' | 'SELLER', first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    return runInTenant(this.ds, tid, async (em) => {
      const params: unknown[] = [tid, limit + 1];
      let where = role === 'BUYER' ? `tenant_id = $1` : `seller_tenant_id = $1`;
      if (cursor) {
        params.push(cursor.at, cursor.id);
        where += ` and (created_at, id) < ($3::timestamptz, $4::uuid)`;
      }
      const rows = await em.query(`select * from marketplace.inquiries where ${where} order by created_at desc, id desc limit $2`, params);
      return toConnection(rows, limit, (r: any) => r, (r: any) => ({ at: new Date(r.created_at).toISOString(), id: r.id }));
    });
  }
}
