import { useState } from 'react';
import { useClient } from 'urql';
import { apiError } from '../../lib/errors';
import { InvoicePdfDocument } from '../../lib/energy';

/** Fetches the invoice PDF link (the robot downloads it the first time) and opens it; spins meanwhile. */
export function PdfButton({ invoiceId }: { invoiceId: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function open() {
    setBusy(true);
    setError(null);
    const r = await client.query(InvoicePdfDocument, { id: invoiceId }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const err = apiError(r.error);
    if (err) return setError(err.message);
    if (r.data?.invoicePdf.url) window.open(r.data.invoicePdf.url, '_blank', 'noopener');
  }
  return (
    <span>
      <button type="button" className="button button--small" onClick={open} disabled={busy} aria-busy={busy || undefined}>
        {busy && <span className="energy-spinner" aria-hidden="true" />}
        {busy ? 'Baixando…' : 'PDF'}
      </button>
      {error && (
        <span className="field__error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
