import { gunzipSync } from 'node:zlib';
import type { DataSource, EntityManager } from 'typeorm';
import { makeLucrumCode } from '@prumo/br';
import { AppError, badInput, conflict, isUuid, newId, notFound, parseInput, runInTenant, writeOutboxMany, type AccessClaims } from '@prumo/kit';
import { compileRules, matchRule } from '../rules/rule.matcher';
import type { RuleService } from '../rules/rule.service';
import { moveBalance, reserveCodes, revenuePayload } from '../transactions/transaction.service';
import { csvMappingSchema, type ConfirmStatementImportInput, type PreviewStatementImportInput } from './import.types';
import { lineHash, parseCsvStatement, parseOfx, sniffFormat, statementMatchesAccount, type ParsedLine, type ParsedStatement } from './statement.parse';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** How long a preview waits for its confirmation (the database's clock decides, in every check). */
const IMPORT_TTL = '1 hour';

/** A line as stored in the pending import (and shown in the preview). */
export interface StoredLine extends ParsedLine {
  index: number;
  hash: string;
  duplicate: boolean;
  duplicateReason: 'FITID' | 'HASH' | 'IN_FILE' | null;
  category: string | null;
  countsAsRevenue: boolean;
}

export interface PreviewResult {
  id: string;
  bankAccountId: string;
  format: string;
  encoding: string;
  expiresAt: Date;
  lines: StoredLine[];
  skipped: number;
  /** What the user should look at before confirming (pt-BR). */
  warnings: string[];
}

function decodeContent(content: string, encoding: string | undefined): Buffer {
  if (typeof content !== 'string' || !content.length) throw badInput({ content: 'Envie o conteúdo do arquivo.' });
  if (content.length > Math.ceil((MAX_FILE_BYTES * 4) / 3) + 16 || !/^[A-Za-z0-9+/=\s_-]*$/.test(content.slice(0, 1000))) {
    throw badInput({ content: 'Conteúdo inválido: envie o arquivo em base64 (até 10 MB).' });
  }
  const raw = Buffer.from(content, 'base64');
  if (!raw.length) throw badInput({ content: 'Arquivo vazio.' });
  if (encoding !== 'GZIP_BASE64') {
    if (raw.length > MAX_FILE_BYTES) throw badInput({ content: 'Arquivo grande demais: o máximo é 10 MB.' });
    return raw;
  }
  try {
    return gunzipSync(raw, { maxOutputLength: MAX_FILE_BYTES });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw badInput({ content: 'Arquivo grande demais: o máximo é 10 MB.' });
    throw badInput({ content: 'Conteúdo gzip inválido.' });
  }
}

export class ImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly rules: RuleService,
  ) {}

  parse(input: PreviewStatementImportInput): ParsedStatement {
    const bytes = decodeContent(input.content, input.encoding);
    const format = input.format ?? sniffFormat(bytes);
    if (format === 'OFX') return parseOfx(bytes);
    if (!input.csv) throw badInput({ csv: 'Para CSV, informe as colunas (data, descrição e valor).' });
    const mapping = parseInput(csvMappingSchema, input.csv);
    return parseCsvStatement(bytes, mapping);
  }

  /** Marks duplicates: same FITID or same hash already in the account, or repeated inside the file. */
  /**
   * A line with a FITID is a duplicate of a stored line with the same FITID, or of a stored line that
   * had none (a CSV of the same period) with the same date + amount + description hash; a line
   * without a FITID, of any stored line with the same hash (an OFX imported before the CSV). Hash
   * matches are counted: two stored "TARIFA 9,90" of a day absorb two such lines, not a third (a
   * third real one with its own FITID is new). Two lines with different FITIDs are never duplicates
   * of each other, whatever they look like.
   */
  private async markDuplicates(em: EntityManager, bankAccountId: string, lines: StoredLine[]): Promise<void> {
    const fitids = [...new Set(lines.filter((l) => l.fitid).map((l) => l.fitid!))];
    const hashes = [...new Set(lines.map((l) => l.hash))];
    const [knownFitidRows, hashRows]: [Array<{ fitid: string }>, Array<{ hash: string; n: number; without_fitid: number }>] = [
      await em.query(`select fitid from finance.transactions where bank_account_id = $1 and fitid = any($2::text[])`, [bankAccountId, fitids]),
      await em.query(
        `select dedupe_hash as hash, count(*)::int as n, (count(*) filter (where fitid is null))::int as without_fitid
           from finance.transactions where bank_account_id = $1 and dedupe_hash = any($2::text[]) group by dedupe_hash`,
        [bankAccountId, hashes],
      ),
    ];
    const knownFitids = new Set(knownFitidRows.map((e) => e.fitid));
    const stored = new Map(hashRows.map((r) => [r.hash, { any: r.n, withoutFitid: r.without_fitid }]));
    const seen = new Set<string>();
    for (const l of lines) {
      const key = l.fitid ? `F:${l.fitid}` : `H:${l.hash}`;
      const h = stored.get(l.hash);
      let reason: 'FITID' | 'HASH' | 'IN_FILE' | null = null;
      if (l.fitid && knownFitids.has(l.fitid)) reason = 'FITID';
      else if (h && (l.fitid ? h.withoutFitid : h.any) > 0) {
        reason = 'HASH';
        h.any--;
        h.withoutFitid = Math.min(h.withoutFitid - (l.fitid ? 1 : 0), h.any);
      } else if (seen.has(key)) reason = 'IN_FILE';
      l.duplicate = reason !== null;
      l.duplicateReason = reason;
      seen.add(key);
    }
  }



  async preview(auth: AccessClaims, input: PreviewStatementImportInput): Promise<PreviewResult> {
    if (!isUuid(input.bankAccountId)) throw badInput({ bankAccountId: 'Conta inválida.' });
    const filename = typeof input.filename === 'string' ? input.filename.slice(0, 200) : null;
    const parsed = this.parse(input);
    if (!parsed.lines.length) throw new AppError('BAD_USER_INPUT', 'O extrato não tem lançamentos.', { fields: { content: 'O extrato não tem lançamentos.' }, line: 0 });
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const [acc]: Array<{ name: string; bank_code: string; agency: string; number: string }> = await em.query(
        `select name, bank_code, agency, number from finance.bank_accounts where id = $1`,
        [input.bankAccountId],
      );
      if (!acc) throw badInput({ bankAccountId: 'Conta bancária não encontrada.' });
      // A statement of another account imported here would put its lines in the wrong balance: the
      // preview says so (confirming stays possible: banks write account numbers in many shapes).
      const warnings: string[] = [];
      const stmt = parsed.account;
      if (stmt && !statementMatchesAccount(stmt, { bankCode: acc.bank_code, number: acc.number })) {
        const named = [stmt.bankId ? `banco ${stmt.bankId}` : null, stmt.branchId ? `agência ${stmt.branchId}` : null, `conta ${stmt.acctId}`].filter(Boolean).join(', ');
        warnings.push(`Este extrato é de outra conta (${named}), não de "${acc.name}" (banco ${acc.bank_code}, agência ${acc.agency}, conta ${acc.number}). Confira antes de confirmar.`);
      }
      const rules = compileRules(await this.rules.rulesOf(em));
      const lines: StoredLine[] = parsed.lines.map((l, index) => {
        const kind = l.amountCents > 0 ? 'INCOME' : 'EXPENSE';
        const rule = matchRule(rules, kind, l.description, l.counterparty);
        return {
          ...l,
          index,
          hash: lineHash(l),
          duplicate: false,
          duplicateReason: null,
          category: rule?.category ?? null,
          countsAsRevenue: kind === 'INCOME' && (rule?.counts_as_revenue ?? false),
        };
      });
      await this.markDuplicates(em, input.bankAccountId, lines);
      await em.query(`delete from finance.statement_imports where status = 'PENDING' and expires_at < now()`);
      const id = newId();
      const [{ expires_at: expiresAt }]: Array<{ expires_at: Date }> = await em.query(
        `insert into finance.statement_imports (tenant_id, id, bank_account_id, format, filename, lines, line_count, expires_at)
         values ($1, $2, $3, $4, $5, $6::jsonb, $7, now() + $8::interval) returning expires_at`,
        [auth.tid, id, input.bankAccountId, parsed.format, filename, JSON.stringify(lines), lines.length, IMPORT_TTL],
      );
      return { id, bankAccountId: input.bankAccountId, format: parsed.format, encoding: parsed.encoding, expiresAt, lines, skipped: parsed.skipped, warnings };
    });
  }

  /**
   * Inserts the non-duplicate lines in one statement (unnest), moves the balance once, and writes the
   * revenue events of lines that count as revenue in one statement. Duplicates are checked again
   * under the account's row lock (another import may have landed since the preview).
   */
  async confirm(auth: AccessClaims, importId: string, input: ConfirmStatementImportInput) {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const [imp]: Array<{ id: string; bank_account_id: string; status: string; expired: boolean; lines: StoredLine[] }> = await em.query(
        `select id, bank_account_id, status, expires_at < now() as expired, lines from finance.statement_imports where id = $1 for update`,
        [importId],
      );
      if (!imp) throw notFound('Importação não encontrada.');
      if (imp.status === 'CONFIRMED') throw conflict('Esta importação já foi confirmada.');
      if (imp.expired) throw conflict('A prévia expirou: envie o arquivo de novo.');
      const lines = imp.lines;
      const inRange = (field: string, xs: number[] | undefined) => {
        for (const i of xs ?? []) if (!Number.isInteger(i) || i < 0 || i >= lines.length) throw badInput({ [field]: `Linha ${i} não existe na prévia.` });
        return new Set(xs ?? []);
      };
      const revenue = inRange('revenueLines', input.revenueLines);
      const notRevenue = inRange('notRevenueLines', input.notRevenueLines);
      const exclude = inRange('excludeLines', input.excludeLines);
      for (const i of revenue) if (lines[i]!.amountCents < 0) throw badInput({ revenueLines: `A linha ${lines[i]!.line} é uma saída: só entradas contam como faturamento.` });

      await em.query(`select id from finance.bank_accounts where id = $1 for update`, [imp.bank_account_id]);
      await this.markDuplicates(em, imp.bank_account_id, lines);
      const rules = compileRules(await this.rules.rulesOf(em));
      const chosen = lines.filter((l) => !l.duplicate && !exclude.has(l.index));
      const n = chosen.length;
      let categorized = 0;
      const cols = { id: [] as string[], code: [] as string[], kind: [] as string[], amount: [] as number[], category: [] as (string | null)[], date: [] as string[], counterparty: [] as (string | null)[], description: [] as string[], counts: [] as boolean[], fitid: [] as (string | null)[], hash: [] as (string | null)[] };
      const events: Array<ReturnType<typeof revenuePayload>> = [];
      const first = n ? await reserveCodes(em, auth.tid, n) : 0;
      let delta = 0;
      chosen.forEach((l, k) => {
        const kind = l.amountCents > 0 ? 'INCOME' : 'EXPENSE';
        const rule = matchRule(rules, kind, l.description, l.counterparty);
        const counts = kind === 'INCOME' && !notRevenue.has(l.index) && (revenue.has(l.index) || (rule?.counts_as_revenue ?? false));
        const id = newId();
        const amount = Math.abs(l.amountCents);
        if (rule) categorized++;
        cols.id.push(id);
        cols.code.push(makeLucrumCode(first + k)!);
        cols.kind.push(kind);
        cols.amount.push(amount);
        cols.category.push(rule?.category ?? null);
        cols.date.push(l.date);
        cols.counterparty.push(l.counterparty);
        cols.description.push(l.description);
        cols.counts.push(counts);
        cols.fitid.push(l.fitid);
        cols.hash.push(l.hash); // always: a later file without FITIDs is checked against it
        delta += l.amountCents;
        if (counts) events.push(revenuePayload({ id, amount_cents: String(amount), date: l.date, description: l.description, counterparty: l.counterparty, version: 1 }));
      });
      if (n) {
        await em.query(
          `insert into finance.transactions (tenant_id, id, bank_account_id, code, kind, amount_cents, category, date, counterparty, description, counts_as_revenue, fitid, dedupe_hash, import_id)
           select $1, u.id, $2, u.code, u.kind, u.amount, u.category, u.date, u.counterparty, u.description, u.counts, u.fitid, u.hash, $3
             from unnest($4::uuid[], $5::text[], $6::text[], $7::bigint[], $8::text[], $9::date[], $10::text[], $11::text[], $12::boolean[], $13::text[], $14::text[])
                  as u(id, code, kind, amount, category, date, counterparty, description, counts, fitid, hash)`,
          [auth.tid, imp.bank_account_id, importId, cols.id, cols.code, cols.kind, cols.amount, cols.category, cols.date, cols.counterparty, cols.description, cols.counts, cols.fitid, cols.hash],
        );
        await moveBalance(em, imp.bank_account_id, delta);
      }
      await writeOutboxMany(em, 'finance', 'revenue.recorded', auth.tid, events);
      await em.query(`update finance.statement_imports set status = 'CONFIRMED', confirmed_at = now(), imported_count = $2, lines = '[]'::jsonb where id = $1`, [importId, n]);
      return { id: importId, imported: n, duplicates: lines.filter((l) => l.duplicate).length, revenueCount: events.length, categorized, bankAccountId: imp.bank_account_id };
    });
  }
}
