import type { DataSource, EntityManager } from 'typeorm';
import { newId, notFound, parseInput, returnedRows, runInTenant, type AccessClaims } from '@prumo/kit';
import { compileRules, matchRule, type RuleRow } from './rule.matcher';
import { ruleSchema, type CategorizationRuleInput } from './rule.types';

const RULE_COLUMNS = 'id, match_type, pattern, category, priority, kind, counts_as_revenue';

export class RuleService {
  constructor(private readonly ds: DataSource) {}

  rulesOf(em: EntityManager): Promise<RuleRow[]> {
    return em.query(`select ${RULE_COLUMNS} from finance.categorization_rules order by priority, id`);
  }

  list(tenantId: string): Promise<RuleRow[]> {
    return runInTenant(this.ds, tenantId, (em) => this.rulesOf(em));
  }

  async create(auth: AccessClaims, input: CategorizationRuleInput): Promise<RuleRow> {
    const v = parseInput(ruleSchema, input);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const rows: RuleRow[] = await em.query(
        `insert into finance.categorization_rules (tenant_id, id, match_type, pattern, category, priority, kind, counts_as_revenue)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${RULE_COLUMNS}`,
        [auth.tid, newId(), v.matchType, v.pattern, v.category, v.priority, v.kind, v.countsAsRevenue],
      );
      return rows[0]!;
    });
  }

  async update(auth: AccessClaims, id: string, input: CategorizationRuleInput): Promise<RuleRow> {
    const v = parseInput(ruleSchema, input);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const [row] = returnedRows<RuleRow>(
        await em.query(
          `update finance.categorization_rules set match_type = $2, pattern = $3, category = $4, priority = $5, kind = $6, counts_as_revenue = $7
           where id = $1 returning ${RULE_COLUMNS}`,
          [id, v.matchType, v.pattern, v.category, v.priority, v.kind, v.countsAsRevenue],
        ),
      );
      if (!row) throw notFound('Regra não encontrada.');
      return row;
    });
  }

  async delete(auth: AccessClaims, id: string): Promise<boolean> {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const rows = returnedRows(await em.query(`delete from finance.categorization_rules where id = $1 returning id`, [id]));
      if (!rows.length) throw notFound('Regra não encontrada.');
      return true;
    });
  }

  /**
   * Categorises existing transactions (only those without a category unless `overwrite`), in one
   * UPDATE ... FROM unnest. Only the category changes: whether income counts as revenue stays the
   * user's decision for transactions already recorded.
   */
  async apply(auth: AccessClaims, bankAccountId: string | null, overwrite: boolean): Promise<number> {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const rules = compileRules(await this.rulesOf(em));
      if (!rules.length) return 0;
      const rows: Array<{ id: string; kind: 'INCOME' | 'EXPENSE'; description: string | null; counterparty: string | null; category: string | null }> = await em.query(
        `select id, kind, description, counterparty, category from finance.transactions
          where ($1::uuid is null or bank_account_id = $1) and ($2::boolean or category is null)`,
        [bankAccountId, overwrite],
      );
      const ids: string[] = [];
      const cats: string[] = [];
      for (const r of rows) {
        const rule = matchRule(rules, r.kind, r.description, r.counterparty);
        if (rule && rule.category !== r.category) {
          ids.push(r.id);
          cats.push(rule.category);
        }
      }
      if (!ids.length) return 0;
      await em.query(
        `update finance.transactions t set category = u.category, updated_at = now()
           from unnest($1::uuid[], $2::text[]) as u(id, category) where t.id = u.id`,
        [ids, cats],
      );
      return ids.length;
    });
  }
}
