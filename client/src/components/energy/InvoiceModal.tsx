import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { QRCodeSVG } from 'qrcode.react';
import { CopyButton } from '../CopyButton';
import { Alert } from '../forms';
import { apiError } from '../../lib/errors';
import { INVOICE_STATUS, InvoiceDetailDocument, dayLabel, kwhLabel, monthLabel } from '../../lib/energy';
import { PdfButton } from './PdfButton';

/** Invoice details: amount, due date, items, the barcode line and PIX with copy buttons, and the PIX QR code. */
export function InvoiceModal({ invoiceId, onClose }: { invoiceId: string; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [r] = useQuery({ query: InvoiceDetailDocument, variables: { id: invoiceId } });
  useEffect(() => {
    ref.current?.showModal?.();
  }, []);
  const inv = r.data?.invoice;
  const status = inv ? INVOICE_STATUS[inv.status] : null;
  return (
    <dialog ref={ref} className="dialog" style={{ maxWidth: 'min(640px, calc(100vw - 2rem))' }} aria-labelledby="invoice-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog__body">
        {r.fetching && <p className="muted">Carregando…</p>}
        <Alert>{apiError(r.error)?.message}</Alert>
        {inv && (
          <>
            <h2 id="invoice-title">
              Fatura {monthLabel(inv.referenceMonth)} · UC {inv.unit.uc}
            </h2>
            <p>
              <strong>{inv.amount.formatted}</strong> · {inv.status === 'OVERDUE' ? 'venceu em' : inv.status === 'PAID' ? 'vencimento' : 'vence em'} {dayLabel(inv.dueDate)} · {kwhLabel(inv.kwh)}{' '}
              {status && <span className={`badge ${status.badge}`}>{status.label}</span>}
            </p>
            <h3>Linha digitável</h3>
            <p className="energy-barcode" data-testid="barcode">
              {inv.formattedBarcodeLine}
            </p>
            {!inv.barcodeValid && <Alert kind="warning">A linha digitável não confere; confira no PDF antes de pagar.</Alert>}
            <CopyButton value={inv.barcodeLine} label="Copiar código de barras" />
            {inv.pixCopyPaste && (
              <>
                <h3>PIX copia e cola</h3>
                <div className="energy-qr">
                  <QRCodeSVG value={inv.pixCopyPaste} size={180} aria-label="QR code PIX" />
                </div>
                <p className="energy-pix">{inv.pixCopyPaste}</p>
                {inv.pixValid === false && <Alert kind="warning">O código PIX não confere (CRC); use o boleto.</Alert>}
                <CopyButton value={inv.pixCopyPaste} label="Copiar PIX" />
              </>
            )}
            <h3>Itens</h3>
            <table className="table">
              <tbody>
                {inv.items.map((it, i) => (
                  <tr key={i}>
                    <td>{it.description}</td>
                    <td style={{ textAlign: 'right' }}>{it.amount.formatted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <div className="dialog__actions">
          {inv && <PdfButton invoiceId={inv.id} />}
          <button type="button" className="button" onClick={onClose}>
            Fechar
          </button>
        </div>
      </div>
    </dialog>
  );
}
