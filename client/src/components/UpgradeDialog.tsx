import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { usageLevel, usagePercent } from '../lib/billing';
import { onUpgradeNeeded, type UpgradeNotice } from '../lib/events';
import { formatNumber, formatShortDate, metricLabel, moduleLabel, planLabel } from '../lib/format';

/** `upgradeUrl` may be absolute (the router's public URL): keep only same-origin paths. */
function upgradePath(url: string | undefined): string {
  if (!url) return '/planos';
  try {
    const u = new URL(url, window.location.origin);
    return u.origin === window.location.origin && u.pathname.startsWith('/') ? `${u.pathname}${u.search}` : '/planos';
  } catch {
    return '/planos';
  }
}

function num(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

function LimitDetails({ notice }: { notice: UpgradeNotice }) {
  const label = metricLabel(notice.metric);
  const used = num(notice.used);
  const limit = num(notice.limit);
  const pct = used != null && limit != null ? usagePercent(used, limit) : null;
  return (
    <div className={`limit-hit meter meter--${used != null && limit != null ? usageLevel(used, limit) : 'full'}`}>
      <div className="meter__head">
        <strong className="meter__label">{label}</strong>
        {used != null && limit != null && (
          <span className="meter__value">
            {formatNumber(used)} de {formatNumber(limit)}
          </span>
        )}
      </div>
      {pct != null && (
        <div className="meter__track" aria-hidden="true">
          <div className="meter__bar" style={{ width: `${Math.max(pct, 2)}%` }} />
        </div>
      )}
      <p className="meter__foot">
        {notice.plan ? `Limite do plano ${planLabel(notice.plan)}. ` : ''}
        {notice.resetsAt
          ? `O contador zera em ${formatShortDate(notice.resetsAt)}.`
          : 'É a quantidade atual: libere espaço ou mude de plano para aumentar o limite.'}
      </p>
    </div>
  );
}

/** Opens when any request answers PAYMENT_REQUIRED (a plan limit) or MODULE_DISABLED (a module outside the plan). */
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
  const isModule = notice?.code === 'MODULE_DISABLED';
  const title = !notice
    ? ''
    : isModule
      ? notice.module
        ? `${moduleLabel(notice.module)} não está no seu plano`
        : 'Módulo fora do seu plano'
      : notice.metric
        ? `Limite atingido: ${metricLabel(notice.metric)}`
        : 'Limite do plano atingido';

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="upgrade-title" onClose={close} onCancel={close}>
      {notice && (
        <div className="dialog__body">
          <p className="eyebrow">{isModule ? 'Módulo indisponível' : 'Limite do plano'}</p>
          <h2 id="upgrade-title">{title}</h2>
          {isModule && notice.module ? (
            <p>
              O módulo <strong>{moduleLabel(notice.module)}</strong> não está incluído no seu plano atual. Faça upgrade para usá-lo.
            </p>
          ) : notice.metric ? (
            <p>
              Você chegou ao limite de <strong>{metricLabel(notice.metric)}</strong> do seu plano. Faça upgrade para continuar.
            </p>
          ) : (
            <p>{notice.message}</p>
          )}
          {!isModule && notice.metric && <LimitDetails notice={notice} />}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              Agora não
            </button>
            <Link to={upgradePath(notice.upgradeUrl)} className="button button--primary" onClick={close}>
              Ver planos
            </Link>
          </div>
        </div>
      )}
    </dialog>
  );
}
