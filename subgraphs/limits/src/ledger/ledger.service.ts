import type { EntityManager } from 'typeorm';
import { ALERT_LEVELS, applicableLimit, formatBRL, limitStatus, parseIsoDate, type LimitStatus } from '@prumo/br';
import { newId, writeOutbox, type DomainEvents } from '@prumo/kit';
import { defaultProfile, FiscalProfileEntity } from '../profile/fiscal-profile.entity';
import type { RulesService } from '../rules/rules.service';
import { countedFilter, countedParams } from './counting';

type Recorded = DomainEvents['revenue.recorded'];
type Voided = DomainEvents['revenue.voided'];
const SOURCES = new Set(['documents', 'finance', 'marketplace']);

interface EntryRow {
  id: string;
  source_version: string;
  amount_cents: string;
  month: string;
  shadowed: boolean;
  cancelled: boolean;
  dedupe_key: string | null;
}

const LEVELS_BY_STATUS: Record<LimitStatus, number[]> = {
  OK: [],
  ATTENTION: [70],
  WARNING: [70, 90],
  EXCEEDED: [70, 90, 100],
  EXCEEDED_RETROACTIVE: [...ALERT_LEVELS],
};

/** The account's ledger lock (transaction-scoped): every change to its entries and aggregates takes it. */
export async function lockAccountLedger(em: EntityManager, tenantId: string): Promise<void> {
  await em.query(`select pg_advisory_xact_lock(hashtextextended($1, 7301))`, [tenantId]);
}

/**
 * The revenue ledger. Each (source, sourceId) is one entry: recording it again replaces its amount
 * and date (an edited invoice), voiding it cancels it. Monthly aggregates move by the difference in
 * the same transaction, so they never need a full scan; the nightly rebuild proves it.
 */
export class LedgerService {
  constructor(private readonly rules: RulesService) {}

  async profile(em: EntityManager, tenantId: string): Promise<FiscalProfileEntity> {
    return (await em.findOneBy(FiscalProfileEntity, { tenantId })) ?? defaultProfile(tenantId);
  }

  async record(em: EntityManager, tenantId: string, p: Recorded): Promise<void> {
    if (!SOURCES.has(p.source)) throw new Error(`unknown revenue source ${p.source}`);
    if (!Number.isSafeInteger(p.amountCents) || p.amountCents < 0) throw new Error(`invalid amount ${p.amountCents}`);
    if (!parseIsoDate(p.occurredOn)) throw new Error(`invalid date ${p.occurredOn}`);
    const month = p.occurredOn.slice(0, 7);
    const dedupeKey = p.dedupeKey ?? null;
    await this.serialize(em, tenantId);
    const before = await this.lockEntry(em, p.source, p.sourceId);
    const version = p.version ?? 0;
    if (before && Number(before.source_version) > version) return; // a newer change is already applied
    if (before && !before.cancelled) await this.move(em, tenantId, before.month, p.source, before.shadowed, -Number(before.amount_cents), -1);
    const shadowed = p.source !== 'documents' && dedupeKey !== null && (await this.hasDocumentWithKey(em, dedupeKey));
    await em.query(
      `insert into limits.ledger_entries (tenant_id, id, source, source_id, amount_cents, occurred_on, month, description, dedupe_key, shadowed, cancelled, source_version)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, false, $11)
       on conflict (tenant_id, source, source_id) do update set amount_cents = excluded.amount_cents, occurred_on = excluded.occurred_on,
         month = excluded.month, description = excluded.description, dedupe_key = excluded.dedupe_key, shadowed = excluded.shadowed,
         cancelled = false, source_version = excluded.source_version, updated_at = now()`,
      [tenantId, newId(), p.source, p.sourceId, p.amountCents, p.occurredOn, month, p.description ?? null, dedupeKey, shadowed, version],
    );
    await this.move(em, tenantId, month, p.source, shadowed, p.amountCents, 1);
    if (p.source === 'documents' && dedupeKey) await this.setShadow(em, tenantId, dedupeKey, true);
    await this.checkAlerts(em, tenantId, Number(month.slice(0, 4)));
    if (before && !before.cancelled && before.month.slice(0, 4) !== month.slice(0, 4)) await this.checkAlerts(em, tenantId, Number(before.month.slice(0, 4)));
  }

  async void(em: EntityManager, tenantId: string, p: Voided): Promise<void> {
    await this.serialize(em, tenantId);
    const before = await this.lockEntry(em, p.source, p.sourceId);
    if (!before) {
      // The void overtook its own recording (both in flight at once): keep a cancelled tombstone with
      // the version, so the older recording, when it arrives, is recognised as stale and not counted.
      if (p.version)
        await em.query(
          `insert into limits.ledger_entries (tenant_id, id, source, source_id, amount_cents, occurred_on, month, cancelled, source_version)
           values ($1, $2, $3, $4, 0, (now() at time zone 'America/Sao_Paulo')::date, to_char(now() at time zone 'America/Sao_Paulo', 'YYYY-MM'), true, $5)`,
          [tenantId, newId(), p.source, p.sourceId, p.version],
        );
      return;
    }
    if (before.cancelled || Number(before.source_version) > (p.version ?? 0)) return;
    await em.query(`update limits.ledger_entries set cancelled = true, source_version = $3, updated_at = now() where id = $1 and tenant_id = $2`, [
      before.id,
      tenantId,
      p.version ?? 0,
    ]);
    await this.move(em, tenantId, before.month, p.source, before.shadowed, -Number(before.amount_cents), -1);
    if (p.source === 'documents' && before.dedupe_key) await this.setShadow(em, tenantId, before.dedupe_key, false);
  }

  /**
   * One ledger change per account at a time (transaction-scoped advisory lock): alert levels and
   * invoice/sale shadowing read the account's totals, which concurrent events would otherwise miss.
   */
  private async serialize(em: EntityManager, tenantId: string): Promise<void> {
    await lockAccountLedger(em, tenantId);
  }

  private async lockEntry(em: EntityManager, source: string, sourceId: string): Promise<EntryRow | null> {
    const rows: EntryRow[] = await em.query(
      `select id, amount_cents, month, shadowed, cancelled, dedupe_key, source_version from limits.ledger_entries where source = $1 and source_id = $2 for update`,
      [source, sourceId],
    );
    return rows[0] ?? null;
  }

  private async hasDocumentWithKey(em: EntityManager, key: string): Promise<boolean> {
    const r = await em.query(`select 1 from limits.ledger_entries where dedupe_key = $1 and source = 'documents' and not cancelled limit 1`, [key]);
    return r.length > 0;
  }

  /** Marks (or unmarks) the non-document entries carrying an invoice's key, moving their amounts. */
  private async setShadow(em: EntityManager, tenantId: string, key: string, shadow: boolean): Promise<void> {
    const others: EntryRow[] = await em.query(
      `select id, amount_cents, month, shadowed, cancelled, source from limits.ledger_entries
        where dedupe_key = $1 and source <> 'documents' and shadowed = $2 and not cancelled for update`,
      [key, !shadow],
    );
    for (const o of others as Array<EntryRow & { source: string }>) {
      await em.query(`update limits.ledger_entries set shadowed = $2 where id = $1 and tenant_id = $3`, [o.id, shadow, tenantId]);
      await this.move(em, tenantId, o.month, o.source, !shadow, -Number(o.amount_cents), -1);
      await this.move(em, tenantId, o.month, o.source, shadow, Number(o.amount_cents), 1);
    }
  }

  private async move(em: EntityManager, tenantId: string, month: string, source: string, shadowed: boolean, cents: number, entries: number) {
    await em.query(
      `insert into limits.monthly_revenue as m (tenant_id, month, source, shadowed, amount_cents, entries) values ($1, $2, $3, $4, $5, $6)
       on conflict (tenant_id, month, source, shadowed) do update set amount_cents = m.amount_cents + excluded.amount_cents, entries = m.entries + excluded.entries`,
      [tenantId, month, source, shadowed, cents, entries],
    );
  }

  /** Counted revenue of a year under the account's profile (12 aggregate rows at most per source). */
  async yearRevenue(em: EntityManager, profile: FiscalProfileEntity, year: number): Promise<number> {
    const r = await em.query(
      `select coalesce(sum(amount_cents), 0) as cents from limits.monthly_revenue where month like $1 and ${countedFilter(2)}`,
      [`${year}-%`, ...countedParams(profile)],
    );
    return Number(r[0].cents);
  }

  /** One notification per level (70/90/100/120%) per year, the first time revenue reaches it. */
  async checkAlerts(em: EntityManager, tenantId: string, year: number): Promise<void> {
    const profile = await this.profile(em, tenantId);
    if (profile.regime === 'NOT_MEI') return; // the MEI limit does not apply: nothing to warn about
    const rule = await this.rules.limitRule(profile.regime, year);
    const limit = applicableLimit({ rule, year, openingDate: profile.openingDate });
    if (!limit.ok) return;
    const revenue = await this.yearRevenue(em, profile, year);
    const status = limitStatus({ revenueCents: revenue, limitCents: limit.limitCents, toleranceRatio: rule.toleranceRatio });
    for (const level of LEVELS_BY_STATUS[status ?? 'OK']) {
      const inserted = await em.query(
        `insert into limits.alerts (tenant_id, year, level, revenue_cents, limit_cents) values ($1, $2, $3, $4, $5) on conflict do nothing returning level`,
        [tenantId, year, level, revenue, limit.limitCents],
      );
      if (!inserted.length) continue;
      await writeOutbox(em, 'limits', 'notification.requested', tenantId, {
        key: `mei-limit:${tenantId}:${year}:${level}`,
        kind: 'limit_alert',
        title: level < 100 ? `Você atingiu ${level}% do limite do MEI em ${year}` : level === 100 ? `Você passou do limite do MEI em ${year}` : `Faturamento acima de 120% do limite do MEI em ${year}`,
        body: `Faturamento de ${year}: ${formatBRL(revenue)} de ${formatBRL(limit.limitCents)}${limit.proportional ? ' (limite proporcional ao ano de abertura)' : ''}.`,
        accountId: tenantId,
        link: '/painel',
      });
    }
  }
}
