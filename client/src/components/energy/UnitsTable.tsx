import { Fragment, useState } from 'react';
import { useQuery } from 'urql';
import { Alert } from '../forms';
import { apiError } from '../../lib/errors';
import { EnergyUnitsDocument, INVOICE_STATUS, UnitInvoicesDocument, dayLabel, kwhLabel, monthLabel, percentLabel } from '../../lib/energy';
import { InvoiceModal } from './InvoiceModal';
import { PdfButton } from './PdfButton';

/** Invoices of one unit, loaded only when the row is expanded. */
function UnitInvoices({ unitId, onDetails }: { unitId: string; onDetails(id: string): void }) {
  const [r] = useQuery({ query: UnitInvoicesDocument, variables: { id: unitId } });
  if (r.fetching) return <p className="muted">Carregando faturas…</p>;
  const err = apiError(r.error);
  if (err) return <Alert>{err.message}</Alert>;
  const nodes = r.data?.consumerUnit?.invoices.nodes ?? [];
  if (!nodes.length) return <p className="muted">Nenhuma fatura sincronizada para esta unidade.</p>;
  return (
    <table className="table energy-invoices">
      <thead>
        <tr>
          <th>Referência</th>
          <th>Vencimento</th>
          <th>Valor</th>
          <th>Consumo</th>
          <th>Situação</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {nodes.map((i) => (
          <tr key={i.id}>
            <td data-label="Referência">{monthLabel(i.referenceMonth)}</td>
            <td data-label="Vencimento">{dayLabel(i.dueDate)}</td>
            <td data-label="Valor">{i.amount.formatted}</td>
            <td data-label="Consumo">{kwhLabel(i.kwh)}</td>
            <td data-label="Situação">
              <span className={`badge ${INVOICE_STATUS[i.status]?.badge ?? ''}`}>{INVOICE_STATUS[i.status]?.label ?? i.status}</span>
            </td>
            <td className="table__actions">
              <button type="button" className="button button--small" onClick={() => onDetails(i.id)}>
                Detalhes
              </button>
              <PdfButton invoiceId={i.id} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function UnitsTable({ clientId, version }: { clientId: string; version: number }) {
  const [r] = useQuery({ query: EnergyUnitsDocument, variables: { id: clientId }, requestPolicy: 'cache-and-network', context: undefined });
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [details, setDetails] = useState<string | null>(null);
  void version;
  const units = r.data?.energyClient?.units ?? [];
  const err = apiError(r.error);
  if (err) return <Alert>{err.message}</Alert>;
  if (!units.length) return <p className="muted">{r.fetching ? 'Carregando unidades…' : 'Nenhuma unidade ainda. Conecte e sincronize o titular.'}</p>;
  const toggle = (id: string) => setOpen((s) => new Set(s.has(id) ? [...s].filter((x) => x !== id) : [...s, id]));
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th>UC</th>
            <th>Endereço</th>
            <th>Classe</th>
            <th>Tipo</th>
            <th>Créditos</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <Fragment key={u.id}>
              <tr>
                <td data-label="UC">
                  <strong>{u.uc}</strong>
                  {u.cdc && <div className="muted">CDC {u.cdc}</div>}
                </td>
                <td data-label="Endereço">{u.address}</td>
                <td data-label="Classe">{u.tariffClass}</td>
                <td data-label="Tipo">
                  {u.generator ? <span className="badge badge--brand">Geradora</span> : u.parentUc ? `Beneficiária (${percentLabel(u.allocationPercent ?? 0)} de ${u.parentUc})` : 'Consumidora'}
                  {u.lastError && (
                    <div className="field__error" title={u.lastError}>
                      Erro na última sincronização
                    </div>
                  )}
                </td>
                <td data-label="Créditos">{u.creditBalanceKwh == null ? '—' : kwhLabel(u.creditBalanceKwh)}</td>
                <td className="table__actions">
                  <button type="button" className="button button--small" aria-expanded={open.has(u.id)} onClick={() => toggle(u.id)}>
                    {open.has(u.id) ? 'Ocultar faturas' : 'Ver faturas'}
                  </button>
                </td>
              </tr>
              {open.has(u.id) && (
                <tr className="table__more">
                  <td colSpan={6}>
                    <UnitInvoices unitId={u.id} onDetails={setDetails} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {details && <InvoiceModal invoiceId={details} onClose={() => setDetails(null)} />}
    </div>
  );
}
