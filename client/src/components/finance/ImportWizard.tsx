import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Select } from '../forms';
import { apiError } from '../../lib/errors';
import { plural } from '../../lib/format';
import {
  csvHead,
  DUPLICATE_LABELS,
  fileToGzipBase64,
  formatIsoDate,
  KIND_LABELS,
  looksLikeOfx,
  StatementConfirmDocument,
  StatementPreviewDocument,
  type BankAccountRow,
  type PreviewResult,
} from '../../lib/finance';

const MAX_BYTES = 10 * 1024 * 1024;
type Step = 'upload' | 'mapping' | 'preview' | 'done';

interface Mapping {
  delimiter: ';' | ',';
  hasHeader: boolean;
  dateColumn: number;
  descriptionColumn: number;
  amountMode: 'single' | 'split';
  amountColumn: number;
  debitColumn: number;
  creditColumn: number;
  idColumn: number;
}

const DEFAULT_MAPPING: Mapping = { delimiter: ';', hasHeader: true, dateColumn: 0, descriptionColumn: 1, amountMode: 'single', amountColumn: 2, debitColumn: 2, creditColumn: 3, idColumn: -1 };

/** Upload -> (CSV: column mapping) -> preview with duplicates flagged -> confirm. */
export function ImportWizard({ accounts, onImported }: { accounts: BankAccountRow[]; onImported: () => void }) {
  const [step, setStep] = useState<Step>('upload');
  const [chosenAccount, setAccountId] = useState('');
  // The account list may arrive (or grow) after the wizard mounts: default to the first account.
  const accountId = accounts.find((a) => a.id === chosenAccount)?.id ?? accounts[0]?.id ?? '';
  const [file, setFile] = useState<File | null>(null);
  const [isCsv, setIsCsv] = useState(false);
  const [sample, setSample] = useState<string[][]>([]);
  const [mapping, setMapping] = useState<Mapping>(DEFAULT_MAPPING);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [revenue, setRevenue] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [, previewMutation] = useMutation(StatementPreviewDocument);
  const [, confirmMutation] = useMutation(StatementConfirmDocument);

  const reset = () => {
    setStep('upload');
    setFile(null);
    setPreview(null);
    setRevenue(new Set());
    setError(null);
  };

  const chooseFile = async (f: File | null) => {
    setError(null);
    setFile(f);
    if (!f) return;
    if (f.size > MAX_BYTES) {
      setError('O arquivo tem mais de 10 MB. Divida o extrato em períodos menores.');
      setFile(null);
      return;
    }
    const ofx = await looksLikeOfx(f);
    setIsCsv(!ofx);
    if (!ofx) {
      const head = await csvHead(f, ';');
      const delimiter: ';' | ',' = head[0] && head[0].length > 1 ? ';' : ',';
      setMapping({ ...DEFAULT_MAPPING, delimiter });
      setSample(delimiter === ';' ? head : await csvHead(f, ','));
    }
  };

  const changeDelimiter = async (d: ';' | ',') => {
    setMapping((m) => ({ ...m, delimiter: d }));
    if (file) setSample(await csvHead(file, d));
  };

  const runPreview = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!file || !accountId) return;
    setBusy(true);
    setError(null);
    try {
      const content = await fileToGzipBase64(file);
      const csv = isCsv
        ? {
            delimiter: mapping.delimiter,
            hasHeader: mapping.hasHeader,
            dateColumn: mapping.dateColumn,
            descriptionColumn: mapping.descriptionColumn,
            ...(mapping.amountMode === 'single' ? { amountColumn: mapping.amountColumn } : { debitColumn: mapping.debitColumn, creditColumn: mapping.creditColumn }),
            ...(mapping.idColumn >= 0 ? { idColumn: mapping.idColumn } : {}),
          }
        : undefined;
      const r = await previewMutation({ input: { bankAccountId: accountId, filename: file.name, content, encoding: 'GZIP_BASE64', format: isCsv ? 'CSV' : 'OFX', csv } });
      const p = r.data?.previewStatementImport;
      if (!p) {
        setError(apiError(r.error)?.message ?? 'Não foi possível ler o extrato.');
        return;
      }
      setPreview(p);
      setRevenue(new Set(p.lines.filter((l) => l.countsAsRevenue && !l.duplicate).map((l) => l.index)));
      setStep('preview');
    } catch {
      setError('Não foi possível ler o arquivo neste navegador.');
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    const suggested = new Set(preview.lines.filter((l) => l.countsAsRevenue).map((l) => l.index));
    const r = await confirmMutation({
      importId: preview.id,
      input: { revenueLines: [...revenue], notRevenueLines: [...suggested].filter((i) => !revenue.has(i)) },
    });
    setBusy(false);
    const c = r.data?.confirmStatementImport;
    if (!c) {
      setError(apiError(r.error)?.message ?? 'Não foi possível importar.');
      return;
    }
    setResult(
      `${plural(c.imported, 'lançamento importado', 'lançamentos importados')}, ${plural(c.duplicates, 'duplicata ignorada', 'duplicatas ignoradas')}, ${plural(c.categorized, 'categorizado', 'categorizados')} pelas regras. Saldo da conta: ${c.bankAccount.balance.formatted}.`,
    );
    setStep('done');
    onImported();
  };

  const columns = sample[0]?.map((h, i) => ({ i, label: mapping.hasHeader ? `${i + 1}. ${h || '(vazia)'}` : `Coluna ${i + 1}` })) ?? [];
  const colSelect = (label: string, key: keyof Mapping, optional = false) => (
    <Select label={label} value={String(mapping[key])} onChange={(e) => setMapping((m) => ({ ...m, [key]: Number(e.target.value) }))}>
      {optional && <option value={-1}>— nenhuma —</option>}
      {columns.map((c) => (
        <option key={c.i} value={c.i}>
          {c.label}
        </option>
      ))}
    </Select>
  );

  if (!accounts.length) return <p className="muted">Cadastre uma conta bancária para importar extratos.</p>;

  return (
    <div className="fin-import">
      <ol className="fin-steps" aria-label="Etapas da importação">
        {[
          ['upload', 'Arquivo'],
          ['mapping', 'Colunas'],
          ['preview', 'Prévia'],
          ['done', 'Pronto'],
        ].map(([s, label]) => (
          <li key={s} className={step === s || (s === 'mapping' && step === 'upload' && isCsv && file) ? 'is-current' : ''}>
            {label}
          </li>
        ))}
      </ol>
      <Alert>{error}</Alert>

      {step === 'upload' && (
        <form className="form" onSubmit={(e) => (isCsv ? (e.preventDefault(), setStep('mapping')) : runPreview(e))}>
          <Select label="Conta" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.bankName})
              </option>
            ))}
          </Select>
          <div className="field">
            <label htmlFor="fin-file">Extrato (OFX ou CSV, até 10 MB)</label>
            <input id="fin-file" type="file" accept=".ofx,.csv,.txt,application/x-ofx,text/csv" onChange={(e) => chooseFile(e.target.files?.[0] ?? null)} />
            <p className="field__hint">OFX dos bancos (versões 1 e 2) ou CSV com data, descrição e valor.</p>
          </div>
          <button type="submit" className="button button--primary" disabled={!file || busy}>
            {busy ? 'Lendo…' : isCsv ? 'Escolher colunas' : 'Ver prévia'}
          </button>
        </form>
      )}

      {step === 'mapping' && (
        <form className="form" onSubmit={runPreview}>
          <div className="fin-mapping">
            <Select label="Separador" value={mapping.delimiter} onChange={(e) => changeDelimiter(e.target.value as ';' | ',')}>
              <option value=";">Ponto e vírgula (;)</option>
              <option value=",">Vírgula (,)</option>
            </Select>
            <Select label="Primeira linha" value={mapping.hasHeader ? 'h' : 'd'} onChange={(e) => setMapping((m) => ({ ...m, hasHeader: e.target.value === 'h' }))}>
              <option value="h">É o cabeçalho</option>
              <option value="d">Já é um lançamento</option>
            </Select>
            {colSelect('Data (DD/MM/AAAA)', 'dateColumn')}
            {colSelect('Descrição', 'descriptionColumn')}
            <Select label="Valor" value={mapping.amountMode} onChange={(e) => setMapping((m) => ({ ...m, amountMode: e.target.value as 'single' | 'split' }))}>
              <option value="single">Uma coluna com sinal</option>
              <option value="split">Colunas de débito e crédito</option>
            </Select>
            {mapping.amountMode === 'single' ? colSelect('Coluna do valor (1.234,56)', 'amountColumn') : (
              <>
                {colSelect('Débito', 'debitColumn')}
                {colSelect('Crédito', 'creditColumn')}
              </>
            )}
            {colSelect('Identificador (opcional)', 'idColumn', true)}
          </div>
          <div className="table-wrap">
            <table className="table fin-sample">
              <caption className="visually-hidden">Primeiras linhas do arquivo</caption>
              <tbody>
                {sample.map((row, r) => (
                  <tr key={r}>
                    {row.map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="dialog__actions">
            <button type="button" className="button button--ghost" onClick={reset}>
              Voltar
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Lendo…' : 'Ver prévia'}
            </button>
          </div>
        </form>
      )}

      {step === 'preview' && preview && (
        <div>
          <p>
            <strong>{preview.lineCount}</strong> lançamentos lidos ({preview.format === 'CSV' ? 'CSV' : `OFX ${preview.format === 'OFX1' ? 'v1' : 'v2'}`}, {preview.encoding}):{' '}
            <strong>{preview.newCount}</strong> novos, <strong>{preview.duplicateCount}</strong> duplicados (não serão importados)
            {preview.skippedCount > 0 && `, ${preview.skippedCount} com valor zero ignorados`}. Entradas novas {preview.totalIncome.formatted}, saídas novas {preview.totalExpense.formatted}.
          </p>
          {preview.warnings.map((w) => (
            <p key={w} className="alert alert--warning" role="alert">
              {w}
            </p>
          ))}
          <p className="muted small">Entradas importadas não contam como faturamento do MEI, a não ser que uma regra ou você marque.</p>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Linha</th>
                  <th>Data</th>
                  <th>Descrição</th>
                  <th>Categoria</th>
                  <th className="table__num">Valor</th>
                  <th>Faturamento</th>
                  <th>Situação</th>
                </tr>
              </thead>
              <tbody>
                {preview.lines.map((l) => (
                  <tr key={l.index} className={l.duplicate ? 'fin-row--duplicate' : undefined}>
                    <td>{l.line}</td>
                    <td>{formatIsoDate(l.date)}</td>
                    <td>
                      {l.description}
                      {l.counterparty && <span className="muted small table__sub">{l.counterparty}</span>}
                    </td>
                    <td>{l.category ?? <span className="muted">—</span>}</td>
                    <td className={`table__num fin-amount--${l.kind === 'INCOME' ? 'income' : 'expense'}`}>
                      {l.kind === 'EXPENSE' ? '−' : ''}
                      {l.amount.formatted}
                    </td>
                    <td>
                      {l.kind === 'INCOME' && !l.duplicate && (
                        <label className="small">
                          <input
                            type="checkbox"
                            checked={revenue.has(l.index)}
                            onChange={(e) =>
                              setRevenue((s) => {
                                const n = new Set(s);
                                if (e.target.checked) n.add(l.index);
                                else n.delete(l.index);
                                return n;
                              })
                            }
                          />{' '}
                          conta
                        </label>
                      )}
                    </td>
                    <td>{l.duplicate ? <span className="badge badge--muted" title={DUPLICATE_LABELS[l.duplicateReason ?? ''] ?? ''}>Duplicado</span> : <span className="badge">{KIND_LABELS[l.kind]}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.lineCount > preview.lines.length && <p className="muted small">Mostrando as {preview.lines.length} primeiras linhas.</p>}
          <div className="dialog__actions">
            <button type="button" className="button button--ghost" onClick={reset}>
              Cancelar
            </button>
            <button type="button" className="button button--primary" onClick={confirm} disabled={busy || preview.newCount === 0}>
              {busy ? 'Importando…' : `Importar ${plural(preview.newCount, 'lançamento')}`}
            </button>
          </div>
        </div>
      )}

      {step === 'done' && (
        <div>
          <Alert kind="success">{result}</Alert>
          <button type="button" className="button" onClick={reset}>
            Importar outro extrato
          </button>
        </div>
      )}
    </div>
  );
}
