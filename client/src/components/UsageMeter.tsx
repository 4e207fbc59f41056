import { useId } from 'react';
import { usageLevel, usagePercent, type UsageItem } from '../lib/billing';
import { formatNumber, formatShortDate, metricLabel } from '../lib/format';

const PERIOD_LABELS: Record<string, string> = { DAY: 'por dia', MONTH: 'por mês', GAUGE: 'no total' };

function footnote(item: UsageItem): string {
  if (item.resetsAt) return `zera em ${formatShortDate(item.resetsAt)}`;
  if (item.period === 'GAUGE') return 'quantidade atual';
  return PERIOD_LABELS[item.period] ?? '';
}

/**
 * One metered limit: "3 de 5", a bar filled to the share used (amber from 80%, red when full) and
 * when the counter resets. Unlimited metrics show the amount used and "ilimitado", without a bar.
 */
export function UsageMeter({ item }: { item: UsageItem }) {
  const id = useId();
  const label = item.label || metricLabel(item.metric);
  const pct = usagePercent(item.used, item.limit);
  const level = usageLevel(item.used, item.limit);
  return (
    <div className={`meter meter--${level}`} role="group" aria-labelledby={`${id}-l`}>
      <div className="meter__head">
        <span className="meter__label" id={`${id}-l`}>
          {label}
        </span>
        <span className="meter__value">
          {item.limit == null ? (
            <>
              {formatNumber(item.used)} · <span className="meter__unlimited">ilimitado</span>
            </>
          ) : (
            <>
              {formatNumber(item.used)} de {formatNumber(item.limit)}
            </>
          )}
        </span>
      </div>
      {pct != null && (
        <div
          className="meter__track"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={item.limit ?? 0}
          aria-valuenow={Math.min(item.used, item.limit ?? item.used)}
          aria-valuetext={`${formatNumber(item.used)} de ${formatNumber(item.limit ?? 0)} (${pct}%)`}
          aria-labelledby={`${id}-l`}
        >
          <div className="meter__bar" style={{ width: `${Math.max(pct, item.used > 0 ? 2 : 0)}%` }} />
        </div>
      )}
      <p className="meter__foot">
        {pct != null && <span>{pct}% usado · </span>}
        {footnote(item)}
        {level === 'full' && <strong className="meter__alert"> · limite atingido</strong>}
      </p>
    </div>
  );
}
