import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { plural } from '@prumo/br';
import { AppError, runInTenant, writeOutbox, type LivePublisher, type LiveState, type QueuePayloads, type QuotaClient } from '@prumo/kit';
import { RUNNING_MESSAGE, unitQuotaKey, type EnergyClientService } from '../clients/energy-client.service';
import { PortalPageError, SessionExpiredError, type PortalRobot } from '../robot/portal-robot';
import type { UnitService } from '../units/unit.service';

type Payload = QueuePayloads['energy-sync'];
export interface UnitError {
  uc: string;
  message: string;
}

export const SESSION_EXPIRED_MESSAGE = 'Sessão expirada, conecte novamente';

/**
 * One sync of a client's portal account: LOGIN (restore the encrypted session) -> UNITS -> GD
 * (generators) -> INVOICES (n of m units, bounded parallel contexts) -> DONE, or FAILED. A unit that
 * fails is recorded and skipped; an expired session stops the sync, keeps what was saved, and asks
 * for a new login.
 */
export function syncProcessor(deps: { ds: DataSource; clients: EnergyClientService; units: UnitService; robot: PortalRobot; live: LivePublisher; quota: QuotaClient; logger: Logger }) {
  return async (job: Job<Payload>) => {
    const { tenantId, clientId } = job.data;
    const errors: UnitError[] = [];
    let total = 0;
    let done = 0;
    const publish = (state: LiveState, stage: string, percent: number, message: string) =>
      deps.live.publish({
        tenantId,
        topic: 'energy',
        id: clientId,
        state,
        stage,
        percent,
        message,
        entity: { __typename: 'EnergyClient', id: clientId },
        data: { unitsDone: done, unitsTotal: total, errors: errors.slice(0, 100) },
      });
    const finish = async (status: 'DONE' | 'FAILED', message: string) => {
      await runInTenant(deps.ds, tenantId, async (em) => {
        await em.query(
          `update energy.clients set last_sync_status = $2, last_sync_message = $3, last_sync_errors = $4, last_sync_at = now(), updated_at = now() where id = $1`,
          [clientId, status, message, JSON.stringify(errors)],
        );
        if (status === 'DONE') await writeOutbox(em, 'energy', 'energy.synced', tenantId, { clientId });
      });
      await publish(status, status, 100, message);
    };

    const client = await deps.clients.get(tenantId, clientId).catch(() => null);
    if (!client) return 'gone';
    const state = await deps.clients.loadSession(tenantId, clientId, 'SESSION');
    if (!state) {
      await deps.clients.setStatus(tenantId, clientId, 'DISCONNECTED', SESSION_EXPIRED_MESSAGE);
      await finish('FAILED', SESSION_EXPIRED_MESSAGE);
      return 'no-session';
    }
    await runInTenant(deps.ds, tenantId, (em) =>
      em.query(`update energy.clients set last_sync_status = 'RUNNING', last_sync_message = $2, updated_at = now() where id = $1`, [clientId, RUNNING_MESSAGE]),
    );
    await publish('RUNNING', 'LOGIN', 5, 'Entrando no portal da distribuidora');
    try {
      await deps.robot.pool.withContext(state, async (ctx) => {
        const page = await ctx.newPage();
        const scraped = await deps.robot.units(page);
        await publish('RUNNING', 'UNITS', 15, `${plural(scraped.length, 'unidade encontrada', 'unidades encontradas')}`);

        // New units take a slot of the plan's energy_units gauge; over the limit they are listed as errors.
        const { ids, allowed } = await deps.units.admitAndUpsertUnits(tenantId, clientId, scraped, async (u, countHolders) => {
          const key = unitQuotaKey(clientId, u.uc);
          try {
            await deps.quota.reserveGaugeItem(tenantId, 'energy_units', key, countHolders);
            await deps.quota.commit(tenantId, key).catch(() => undefined);
            return true;
          } catch (err) {
            const e = err as AppError;
            const message =
              e.code === 'PAYMENT_REQUIRED'
                ? `Limite de unidades consumidoras do plano atingido (${String(e.extensions?.limit ?? '')}). Faça upgrade para acompanhar esta UC.`
                : 'Não foi possível reservar esta unidade no plano agora; ela entra na próxima sincronização.';
            errors.push({ uc: u.uc, message });
            return false;
          }
        });
        total = allowed.length;

        const generators = allowed.filter((u) => u.generator);
        await publish('RUNNING', 'GD', 25, generators.length ? `Lendo ${plural(generators.length, 'usina')} de geração distribuída` : 'Nenhuma usina de geração distribuída');
        for (const g of generators) {
          try {
            await deps.units.applyGd(tenantId, clientId, ids.get(g.uc)!, await deps.robot.gd(page, g.uc));
          } catch (err) {
            if (!(err instanceof PortalPageError)) throw err;
            const message = `Geração distribuída da UC ${g.uc}: ${err.message}`;
            errors.push({ uc: g.uc, message });
            await deps.units.setUnitError(tenantId, ids.get(g.uc)!, message);
          }
        }

        await publish('RUNNING', 'INVOICES', 25, `Faturas: 0 de ${total} unidades`);
        const pending = [...allowed];
        let stop: Error | null = null;
        const work = async (p: typeof page) => {
          while (!stop) {
            const u = pending.shift();
            if (!u) return;
            const unitId = ids.get(u.uc)!;
            try {
              await deps.units.upsertInvoices(tenantId, unitId, await deps.robot.invoices(p, u.uc));
            } catch (err) {
              if (err instanceof SessionExpiredError) {
                stop = err;
                return;
              }
              if (!(err instanceof PortalPageError)) {
                stop = err as Error;
                return;
              }
              const message = err.message.includes(u.uc) ? err.message : `Faturas da UC ${u.uc}: ${err.message}`;
              errors.push({ uc: u.uc, message });
              await deps.units.setUnitError(tenantId, unitId, message);
            }
            done++;
            await publish('RUNNING', 'INVOICES', 25 + Math.round((70 * done) / Math.max(1, total)), `Faturas: ${done} de ${total} unidades`);
          }
        };
        const extra = Array.from({ length: deps.robot.pool.size - 1 }, () =>
          deps.robot.pool.tryWithContext(state, async (c) => {
            if (!pending.length) return;
            await work(await c.newPage());
          }),
        );
        await Promise.all([work(page), ...extra]);
        if (stop) throw stop;
      });
    } catch (err) {
      if (err instanceof SessionExpiredError) {
        await deps.clients.dropSession(tenantId, clientId);
        await deps.clients.setStatus(tenantId, clientId, 'DISCONNECTED', SESSION_EXPIRED_MESSAGE);
        await finish('FAILED', SESSION_EXPIRED_MESSAGE);
        return 'session-expired';
      }
      const message = err instanceof PortalPageError ? err.message : 'O robô não conseguiu concluir a sincronização. Tente novamente em instantes.';
      deps.logger.warn({ err, clientId }, 'energy sync failed');
      if (!(err instanceof PortalPageError)) await deps.clients.setStatus(tenantId, clientId, 'ERROR', message);
      await finish('FAILED', message);
      return 'failed';
    }
    await deps.clients.setStatus(tenantId, clientId, 'CONNECTED', null);
    await finish('DONE', errors.length ? `Sincronização concluída; ${plural(errors.length, 'unidade')} com erro` : `Sincronização concluída: ${plural(total, 'unidade')}`);
    return 'done';
  };
}
