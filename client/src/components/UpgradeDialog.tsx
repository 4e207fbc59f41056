import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { onUpgradeNeeded, type UpgradeNotice } from '../lib/events';
import { formatDateTime, formatNumber, moduleLabel } from '../lib/format';

const METRIC_LABELS: Record<string, string> = {
  agent_executions: 'execuções do consultor',
  llm_tokens: 'tokens do assistente',
  document_uploads: 'envios de documentos',
  products: 'produtos',
  users: 'usuários',
  energy_units: 'unidades consumidoras',
};

/** Opens when any request answers PAYMENT_REQUIRED or MODULE_DISABLED. */
export function UpgradeDialog() {
  const [notice, setNotice] = useState<UpgradeNotice | null>(null);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => onUpgradeNeeded(setNotice), []);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (notice && !dialog.open) dialog.showModal?.();
    if (!notice && dialog.open) dialog.close();
  }, [notice]);

  const close = () => setNotice(null);
  const upgradeUrl = notice?.upgradeUrl && notice.upgradeUrl.startsWith('/') ? notice.upgradeUrl : '/planos';

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="upgrade-title" onClose={close} onCancel={close}>
      {notice && (
        <div className="dialog__body">
          <h2 id="upgrade-title">{notice.code === 'MODULE_DISABLED' ? 'Módulo fora do seu plano' : 'Limite do plano atingido'}</h2>
          <p>{notice.message}</p>
          {notice.code === 'PAYMENT_REQUIRED' && notice.limit != null && (
            <p className="muted">
              Uso: {formatNumber(Number(notice.used ?? 0))} de {formatNumber(Number(notice.limit))}{' '}
              {notice.metric ? (METRIC_LABELS[notice.metric] ?? notice.metric) : ''}
              {notice.plan ? ` no plano ${notice.plan}` : ''}.
              {notice.resetsAt ? ` O contador renova em ${formatDateTime(notice.resetsAt)}.` : ''}
            </p>
          )}
          {notice.code === 'MODULE_DISABLED' && notice.module && (
            <p className="muted">Módulo: {moduleLabel(notice.module)}.</p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              Agora não
            </button>
            <Link to={upgradeUrl} className="button button--primary" onClick={close}>
              Ver planos
            </Link>
          </div>
        </div>
      )}
    </dialog>
  );
}
