import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { formatTaxId } from '@prumo/br';
import type { QueuePayloads, StorageDriver } from '@prumo/kit';
import type { EnergyClientService, PortalJobResult } from '../clients/energy-client.service';
import type { InvoiceService } from '../invoices/invoice.service';
import { SESSION_EXPIRED_MESSAGE } from '../sync/sync.job';
import { PortalPageError, SessionExpiredError, type PortalRobot } from './portal-robot';

type Payload = QueuePayloads['energy-portal'];

/** The short robot steps the API waits for: login (two steps) and PDF downloads. Runs only in the worker. */
export function portalProcessor(deps: { clients: EnergyClientService; invoices: InvoiceService; robot: PortalRobot; storage: StorageDriver; logger: Logger }) {
  return async (job: Job<Payload>): Promise<PortalJobResult> => {
    const { tenantId, clientId, op } = job.data;
    const client = await deps.clients.get(tenantId, clientId).catch(() => null);
    if (!client) return { ok: false, kind: 'NOT_FOUND', message: 'Cliente de energia não encontrado.' };
    try {
      if (op === 'login-start') {
        const r = await deps.robot.startLogin(formatTaxId(client.taxId) ?? client.taxId, client.phoneLastDigits);
        if (!r.ok) {
          await deps.clients.setStatus(tenantId, clientId, client.status === 'CONNECTED' ? 'CONNECTED' : 'DISCONNECTED', r.message);
          return { ok: false, kind: r.reason, message: r.message };
        }
        await deps.clients.saveSession(tenantId, clientId, 'PRE', r.state);
        await deps.clients.setStatus(tenantId, clientId, 'AWAITING_SMS', `Código enviado por SMS para o celular final ${r.maskedPhone ?? client.phoneLastDigits}.`);
        return { ok: true, status: 'AWAITING_SMS', maskedPhone: r.maskedPhone };
      }
      if (op === 'login-confirm') {
        const pre = await deps.clients.loadSession(tenantId, clientId, 'PRE');
        if (!pre) return { ok: false, kind: 'EXPIRED', message: 'O código expirou. Peça um novo código.' };
        const r = await deps.robot.confirmLogin(pre, job.data.code ?? '');
        if (!r.ok) {
          if (r.reason !== 'WRONG_CODE') {
            await deps.clients.dropSession(tenantId, clientId);
            await deps.clients.setStatus(tenantId, clientId, 'DISCONNECTED', r.message);
          }
          return { ok: false, kind: r.reason, message: r.message };
        }
        await deps.clients.saveSession(tenantId, clientId, 'SESSION', r.state);
        await deps.clients.setStatus(tenantId, clientId, 'CONNECTED', null);
        return { ok: true, status: 'CONNECTED' };
      }
      // op === 'pdf': download once through the portal, then serve from storage.
      const target = await deps.invoices.pdfTarget(tenantId, job.data.invoiceId ?? '');
      if (!target) return { ok: false, kind: 'NOT_FOUND', message: 'Fatura não encontrada.' };
      if (target.pdfKey && (await deps.storage.exists(target.pdfKey))) return { ok: true, storageKey: target.pdfKey };
      const state = await deps.clients.loadSession(tenantId, clientId, 'SESSION');
      if (!state) return { ok: false, kind: 'NOT_CONNECTED', message: 'Conecte o cliente ao portal para baixar o PDF desta fatura.' };
      const bytes = await deps.robot.pool.withContext(state, (ctx) => deps.robot.pdf(ctx, target.uc, target.portalId), 'interactive');
      const key = `energy/${tenantId}/invoices/${job.data.invoiceId}.pdf`;
      await deps.storage.put(key, bytes, 'application/pdf');
      await deps.invoices.setPdfKey(tenantId, job.data.invoiceId!, key);
      return { ok: true, storageKey: key };
    } catch (err) {
      if (err instanceof SessionExpiredError) {
        await deps.clients.dropSession(tenantId, clientId);
        await deps.clients.setStatus(tenantId, clientId, 'DISCONNECTED', SESSION_EXPIRED_MESSAGE);
        return { ok: false, kind: 'SESSION_EXPIRED', message: SESSION_EXPIRED_MESSAGE };
      }
      if (err instanceof PortalPageError) return { ok: false, kind: 'PORTAL', message: err.message };
      deps.logger.error({ err, op, clientId }, 'energy portal step failed');
      return { ok: false, kind: 'PORTAL', message: 'O portal da distribuidora não respondeu como esperado. Tente novamente em instantes.' };
    }
  };
}
