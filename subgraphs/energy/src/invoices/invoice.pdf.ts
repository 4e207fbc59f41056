import type { EnergyServices } from '../context';
import * as errors from '../clients/energy-client.errors';
import { badInput, conflict } from '@prumo/kit';

const PDF_URL_TTL_SECONDS = 600;

/** Serves from the storage cache; the first request has the robot (worker) download it from the portal. */
export async function invoicePdf(s: EnergyServices, tenantId: string, invoiceId: string) {
  const target = await s.invoices.pdfTarget(tenantId, invoiceId);
  if (!target) throw errors.invoiceNotFound();
  let key = target.pdfKey && (await s.storage.exists(target.pdfKey)) ? target.pdfKey : null;
  if (!key) {
    const r = await s.clients.runPortalJob(tenantId, target.clientId, 'pdf', { invoiceId });
    if (!r.ok) {
      if (r.kind === 'NOT_FOUND') throw errors.invoiceNotFound();
      if (r.kind === 'NOT_CONNECTED' || r.kind === 'SESSION_EXPIRED') throw conflict(r.message);
      throw errors.portalUnavailable(r.message);
    }
    if (!r.storageKey) throw badInput({ invoiceId: 'PDF indisponível.' });
    key = r.storageKey;
  }
  const url = await s.storage.signedUrl(key, { ttlSeconds: PDF_URL_TTL_SECONDS, filename: `fatura-${target.uc}-${invoiceId.slice(0, 8)}.pdf`, contentType: 'application/pdf' });
  return { url, expiresAt: new Date(Date.now() + PDF_URL_TTL_SECONDS * 1000) };
}
