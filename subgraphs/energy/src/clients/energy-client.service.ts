import { type Job, type Queue, QueueEvents } from 'bullmq';
import type { DataSource } from 'typeorm';
import { validateTaxId } from '@prumo/br';
import { AppError, badInput, byKey, newId, parseInput, returnedRows, runInTenant, type AccessClaims, type LivePublisher, type Logger, type QueuePayloads, type QuotaClient, type StorageDriver } from '@prumo/kit';
import { z } from 'zod';
import type { SessionCipher } from '../crypto/session-cipher';
import type { StorageState } from '../robot/browser-pool';
import { EnergyClientEntity, type EnergyClientStatus } from './energy-client.entity';
import * as errors from './energy-client.errors';

/** What a robot job of the energy-portal queue returns: errors are values (no retries for a wrong code). */
export type PortalJobResult =
  | { ok: true; status?: EnergyClientStatus; maskedPhone?: string | null; storageKey?: string }
  | { ok: false; kind: 'WRONG_CODE' | 'EXPIRED' | 'LOCKED' | 'REJECTED' | 'NOT_CONNECTED' | 'SESSION_EXPIRED' | 'PORTAL' | 'NOT_FOUND'; message: string };

const createSchema = z.object({
  name: z.string().trim().min(2, 'Informe o nome do cliente.').max(120, 'Nome longo demais.'),
  taxId: z.string().trim().min(1, 'Informe o CPF ou CNPJ do titular.'),
  phoneLastDigits: z.string().trim().regex(/^\d{4}$/, 'Informe os 4 últimos dígitos do celular cadastrado no portal.'),
});

export const QUEUED_MESSAGE = 'Na fila para sincronizar';
export const RUNNING_MESSAGE = 'Sincronizando com o portal da distribuidora';

export const codeSchema = z.string().trim().regex(/^\d{6}$/, 'O código tem 6 dígitos.');

/** The idempotency key of a unit's slot in billing's `energy_units` gauge (reserved by the sync). */
export const unitQuotaKey = (clientId: string, uc: string) => `energy-unit-${clientId}-${uc}`;
export const syncJobId = (clientId: string) => `sync-${clientId}`;

/** How long a call to the sync queue may take before the request gives up (Redis down or stuck). */
const DEFAULT_QUEUE_TIMEOUT_MS = 5_000;

/** What a removal took with it, for the clean-up after the commit. */
export interface RemovedClient {
  ucs: string[];
  pdfKeys: string[];
  /** A queued (not yet started) sync was withdrawn from the queue. */
  withdrewSync: boolean;
}

export class EnergyClientService {
  private portalEvents: QueueEvents | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly cipher: SessionCipher,
    private readonly portalQueue: Queue<QueuePayloads['energy-portal']>,
    private readonly syncQueue: Queue<QueuePayloads['energy-sync']>,
    private readonly live: LivePublisher,
    private readonly queueOpts: { connection: { url: string }; prefix: string; loginTimeoutMs: number; queueTimeoutMs?: number },
    private readonly deps: { quota: QuotaClient; storage: StorageDriver; logger: Logger },
  ) {}

  async list(tenantId: string): Promise<EnergyClientEntity[]> {
    return runInTenant(this.ds, tenantId, (em) => em.getRepository(EnergyClientEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  async loadMany(tenantId: string, ids: readonly string[]): Promise<(EnergyClientEntity | null)[]> {
    const rows = await runInTenant(this.ds, tenantId, (em) =>
      em.getRepository(EnergyClientEntity).createQueryBuilder('c').where('c.id = any(:ids)', { ids: [...ids] }).getMany(),
    );
    return byKey(ids, rows, (r) => r.id);
  }

  async get(tenantId: string, id: string): Promise<EnergyClientEntity> {
    const c = await runInTenant(this.ds, tenantId, (em) => em.findOneBy(EnergyClientEntity, { id }));
    if (!c) throw errors.clientNotFound();
    return c;
  }

  async create(auth: AccessClaims, raw: unknown): Promise<EnergyClientEntity> {
    const input = parseInput(createSchema, raw);
    const tax = validateTaxId(input.taxId);
    if (!tax.ok) throw badInput({ taxId: `CPF/CNPJ inválido: ${tax.message}` });
    const id = newId();
    return runInTenant(this.ds, auth.tid, async (em) => {
      const inserted = await em.query(
        `insert into energy.clients (tenant_id, id, name, tax_id, phone_last_digits, created_by) values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, tax_id) do nothing returning id`,
        [auth.tid, id, input.name, tax.value, input.phoneLastDigits, auth.sub],
      );
      if (!inserted.length) throw errors.duplicateHolder();
      return em.findOneByOrFail(EnergyClientEntity, { id });
    });
  }

  async setStatus(tenantId: string, clientId: string, status: EnergyClientStatus, message: string | null): Promise<void> {
    await runInTenant(this.ds, tenantId, (em) =>
      em.query(`update energy.clients set status = $2, status_message = $3, updated_at = now() where id = $1`, [clientId, status, message]),
    );
  }

  async saveSession(tenantId: string, clientId: string, kind: 'PRE' | 'SESSION', state: StorageState): Promise<void> {
    const blob = this.cipher.encrypt(JSON.stringify(state), `${tenantId}:${clientId}`);
    await runInTenant(this.ds, tenantId, (em) =>
      em.query(
        `insert into energy.portal_sessions (tenant_id, client_id, kind, state_encrypted) values ($1, $2, $3, $4)
         on conflict (client_id) do update set kind = excluded.kind, state_encrypted = excluded.state_encrypted, updated_at = now()`,
        [tenantId, clientId, kind, blob],
      ),
    );
  }

  async loadSession(tenantId: string, clientId: string, kind: 'PRE' | 'SESSION'): Promise<StorageState | null> {
    const rows: Array<{ state_encrypted: string }> = await runInTenant(this.ds, tenantId, (em) =>
      em.query(`select state_encrypted from energy.portal_sessions where client_id = $1 and kind = $2`, [clientId, kind]),
    );
    if (!rows.length) return null;
    const plain = this.cipher.decrypt(rows[0].state_encrypted, `${tenantId}:${clientId}`);
    return plain ? (JSON.parse(plain) as StorageState) : null;
  }

  async dropSession(tenantId: string, clientId: string): Promise<void> {
    await runInTenant(this.ds, tenantId, (em) => em.query(`delete from energy.portal_sessions where client_id = $1`, [clientId]));
  }

  private events(): QueueEvents {
    if (!this.portalEvents) {
      this.portalEvents = new QueueEvents(this.portalQueue.name, { connection: this.queueOpts.connection, prefix: this.queueOpts.prefix });
    }
    return this.portalEvents;
  }

  /**
   * Hands a step to the robot (energy worker) and waits for its answer. The browser never runs in
   * the API process: with no worker the job stays queued and the call times out (and the job is
   * withdrawn, so a late worker does not text a code nobody waits for).
   */
  async runPortalJob(tenantId: string, clientId: string, op: 'login-start' | 'login-confirm' | 'pdf', extra: { code?: string; invoiceId?: string } = {}): Promise<PortalJobResult> {
    const events = this.events();
    await events.waitUntilReady();
    const job: Job = await this.portalQueue.add(op, { op, tenantId, clientId, ...extra }, { attempts: 1, removeOnComplete: { age: 300 }, removeOnFail: { age: 300 } });
    try {
      return (await job.waitUntilFinished(events, this.queueOpts.loginTimeoutMs)) as PortalJobResult;
    } catch (err) {
      if (/timed out/i.test((err as Error).message)) {
        await job.remove().catch(() => undefined);
        throw errors.robotTimeout();
      }
      throw errors.portalUnavailable('O robô do portal falhou nesta etapa. Tente novamente em instantes.');
    }
  }

  async startLogin(auth: AccessClaims, clientId: string): Promise<EnergyClientEntity> {
    await this.get(auth.tid, clientId);
    const r = await this.runPortalJob(auth.tid, clientId, 'login-start');
    if (!r.ok) {
      if (r.kind === 'LOCKED') throw errors.loginLocked(r.message);
      if (r.kind === 'REJECTED') throw badInput({ taxId: r.message }, r.message);
      throw errors.portalUnavailable(r.message);
    }
    return this.get(auth.tid, clientId);
  }

  async confirmLogin(auth: AccessClaims, clientId: string, rawCode: unknown): Promise<EnergyClientEntity> {
    const code = parseInput(z.object({ code: codeSchema }), { code: rawCode }).code;
    const client = await this.get(auth.tid, clientId);
    if (client.status !== 'AWAITING_SMS') throw errors.notAwaitingSms();
    const r = await this.runPortalJob(auth.tid, clientId, 'login-confirm', { code });
    if (!r.ok) {
      if (r.kind === 'WRONG_CODE') throw errors.wrongCode(r.message);
      if (r.kind === 'LOCKED') throw errors.loginLocked(r.message);
      if (r.kind === 'EXPIRED') throw errors.codeExpired(r.message);
      throw errors.portalUnavailable(r.message);
    }
    try {
      await this.queueSync(auth.tid, clientId);
    } catch (err) {
      // The login itself went through (the session is stored): say so, and how to get the sync going.
      if (err instanceof AppError && err.code === 'INTERNAL') throw errors.connectedButNotQueued();
      throw err;
    }
    return this.get(auth.tid, clientId);
  }

  /** A call to the sync queue (Redis), bounded in time; any failure is a typed INTERNAL error (`failure`). */
  private async queueCall<T>(fn: () => Promise<T>, failure: () => AppError = errors.queueUnavailable): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('sync queue timed out')), this.queueOpts.queueTimeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([fn(), timeout]);
    } catch (err) {
      this.deps.logger.error({ err }, 'energy sync queue unavailable');
      throw failure();
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * At most one sync per client: the job id `sync-<clientId>` collapses duplicates. While a sync is
   * waiting or running, asking again changes nothing (the client keeps its RUNNING state and message,
   * no QUEUED event lands in the middle of the run) and this returns false. The client row is locked
   * for the check, so two quick clicks cannot both queue; QUEUED is published before the job exists,
   * so it never follows the worker's first event.
   *
   * The "Na fila" status is written in the same transaction as the enqueue: if the queue cannot take
   * the job (Redis down), the transaction rolls back so the client keeps its previous sync status,
   * a FAILED event replaces the QUEUED snapshot (live subscribers never stay on "Na fila"), and the
   * caller gets a typed INTERNAL error in pt-BR.
   */
  async queueSync(tenantId: string, clientId: string): Promise<boolean> {
    const jobId = syncJobId(clientId);
    let announced = false;
    try {
      return await runInTenant(this.ds, tenantId, async (em) => {
        const locked = await em.query(`select 1 from energy.clients where id = $1 for update`, [clientId]);
        if (!locked.length) throw errors.clientNotFound();
        const existing = await this.queueCall(() => this.syncQueue.getJob(jobId));
        if (existing) {
          const state = await this.queueCall(() => existing.getState());
          if (state === 'completed' || state === 'failed') await existing.remove().catch(() => undefined);
          else if (state !== 'unknown') return false; // waiting, delayed, prioritized or active
        }
        await em.query(`update energy.clients set last_sync_status = 'RUNNING', last_sync_message = $2, updated_at = now() where id = $1`, [clientId, QUEUED_MESSAGE]);
        announced = true;
        await this.live.publish({ tenantId, topic: 'energy', id: clientId, state: 'QUEUED', stage: 'QUEUED', percent: 0, message: QUEUED_MESSAGE, entity: { __typename: 'EnergyClient', id: clientId } });
        await this.queueCall(() => this.syncQueue.add('sync', { tenantId, clientId }, { jobId, attempts: 1, removeOnComplete: true, removeOnFail: true }));
        return true;
      });
    } catch (err) {
      if (announced) {
        const message = err instanceof AppError && err.code === 'INTERNAL' ? err.message : errors.queueUnavailable().message;
        await this.live
          .publish({ tenantId, topic: 'energy', id: clientId, state: 'FAILED', stage: 'FAILED', percent: 100, message, entity: { __typename: 'EnergyClient', id: clientId } })
          .catch((e) => this.deps.logger.warn({ err: e, clientId }, 'could not publish the failed enqueue'));
      }
      if (err instanceof AppError) throw err;
      this.deps.logger.error({ err, clientId }, 'energy sync could not be queued');
      throw errors.queueUnavailable();
    }
  }

  /** "Sincronizar": queues a sync, or, if one is already queued or running, answers the client as it is. */
  async sync(auth: AccessClaims, clientId: string): Promise<EnergyClientEntity> {
    const client = await this.get(auth.tid, clientId);
    if (client.status !== 'CONNECTED') throw errors.notConnected();
    await this.queueSync(auth.tid, clientId);
    return this.get(auth.tid, clientId);
  }

  /**
   * Removes a holder and everything the robot brought for it: units, invoices, credits, allocation
   * requests and the stored portal session, in one transaction on the locked client row. A sync that
   * is running refuses the removal (CONFLICT: the robot is writing this client's rows); one that is
   * only queued is withdrawn from the queue as the last step before the commit (if the worker took
   * it meanwhile, the removal is refused and nothing changes). After the commit, best effort and
   * logged: the units' slots in billing's `energy_units` gauge are released (a lost release is
   * recovered by the sync's recount, see `reserveGaugeItem`) and the cached invoice PDFs are deleted.
   * Nothing points at an energy client from outside this schema, so the rows are really deleted and
   * the holder can be added again later.
   */
  async delete(auth: AccessClaims, clientId: string): Promise<RemovedClient> {
    let withdrawn = false;
    let removed: RemovedClient;
    try {
      removed = await runInTenant(this.ds, auth.tid, async (em) => {
        const locked = await em.query(`select 1 from energy.clients where id = $1 for update`, [clientId]);
        if (!locked.length) throw errors.clientNotFound();
        // Which sync of this client is queued or running (none may be, if Redis cannot say).
        const job = await this.queueCall(() => this.syncQueue.getJob(syncJobId(clientId)), errors.removalUnchecked);
        const state = job ? await this.queueCall(() => job.getState(), errors.removalUnchecked) : 'unknown';
        if (state === 'active') throw errors.syncRunning();
        await em.query(`delete from energy.allocation_requests where client_id = $1`, [clientId]);
        await em.query(`delete from energy.credits c using energy.units u where c.unit_id = u.id and u.client_id = $1`, [clientId]);
        const pdfs = returnedRows<{ key: string }>(
          await em.query(
            `delete from energy.invoices i using energy.units u where i.unit_id = u.id and u.client_id = $1 returning i.pdf_storage_key as key`,
            [clientId],
          ),
        );
        // Plants and their beneficiaries go in one statement (parent links stay inside one client).
        const units = returnedRows<{ uc: string }>(await em.query(`delete from energy.units where client_id = $1 returning uc`, [clientId]));
        await em.query(`delete from energy.portal_sessions where client_id = $1`, [clientId]);
        await em.query(`delete from energy.clients where id = $1`, [clientId]);
        if (job && state !== 'completed' && state !== 'failed' && state !== 'unknown') {
          // Waiting for a worker: withdraw it. BullMQ refuses to remove a job a worker has just locked.
          try {
            await job.remove();
          } catch {
            throw errors.syncRunning();
          }
          withdrawn = true;
        }
        return { ucs: units.map((u) => u.uc), pdfKeys: pdfs.map((p) => p.key).filter((k): k is string => !!k), withdrewSync: withdrawn };
      });
    } catch (err) {
      // Only the commit can fail after the withdrawal: the client is still there, without its queued
      // sync, so it must not read "Na fila" for ever.
      if (withdrawn) {
        await runInTenant(this.ds, auth.tid, (em) =>
          em.query(`update energy.clients set last_sync_status = 'FAILED', last_sync_message = $2, updated_at = now() where id = $1 and last_sync_status = 'RUNNING'`, [
            clientId,
            'Sincronização cancelada. Clique em "Sincronizar" para tentar de novo.',
          ]),
        ).catch((e) => this.deps.logger.error({ err: e, clientId }, 'could not reset the sync status after a failed removal'));
      }
      throw err;
    }
    if (removed.withdrewSync) {
      await this.live
        .publish({ tenantId: auth.tid, topic: 'energy', id: clientId, state: 'FAILED', stage: 'FAILED', percent: 100, message: 'Sincronização cancelada: o titular foi removido.', entity: null })
        .catch((e) => this.deps.logger.warn({ err: e, clientId }, 'could not publish the cancelled sync'));
    }
    await eachLimited(removed.ucs, 4, async (uc) => {
      await this.deps.quota.release(auth.tid, unitQuotaKey(clientId, uc)).catch((err) =>
        this.deps.logger.warn({ err, clientId, uc }, 'could not release an energy unit at billing (the next reservation recounts)'),
      );
    });
    await eachLimited(removed.pdfKeys, 4, async (key) => {
      await this.deps.storage.delete(key).catch((err) => this.deps.logger.warn({ err, clientId, key }, 'could not delete a cached invoice PDF'));
    });
    return removed;
  }

  async close(): Promise<void> {
    await this.portalEvents?.close();
  }
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
