import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Field, Select, SubmitButton } from '../../components/forms';
import { fieldErrors, formMessage, apiError } from '../../lib/errors';
import { ACTIVITY_LABELS, FiscalProfileDocument, REGIME_LABELS, UpdateFiscalProfileDocument } from '../../lib/fiscal';
import type { FiscalProfileInput } from '../../gql/graphql';

const FIELDS = ['regime', 'openingDate', 'activity', 'countDocuments', 'countFinance', 'countMarketplace'];

/** Regime, opening date, activity and which revenue sources count towards the MEI limit. */
export function FiscalProfileTab() {
  const [result] = useQuery({ query: FiscalProfileDocument, requestPolicy: 'cache-and-network' });
  const [state, save] = useMutation(UpdateFiscalProfileDocument);
  const profile = result.data?.fiscalProfile;
  const [form, setForm] = useState<Required<FiscalProfileInput> | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (profile && !form) {
      setForm({
        regime: profile.regime,
        openingDate: profile.openingDate ?? '',
        activity: profile.activity,
        countDocuments: profile.countDocuments,
        countFinance: profile.countFinance,
        countMarketplace: profile.countMarketplace,
      });
    }
  }, [profile, form]);

  if (result.error && !profile) return <Alert>{apiError(result.error)?.message}</Alert>;
  if (!form) return <p role="status">Carregando…</p>;

  const errors = fieldErrors(state.error);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const r = await save({ input: { ...form, openingDate: form.openingDate || null } }, { additionalTypenames: ['Document'] });
    if (!r.error) setSaved(true);
  };
  const set = <K extends keyof FiscalProfileInput>(k: K, v: FiscalProfileInput[K]) => setForm((f) => (f ? { ...f, [k]: v } : f));

  return (
    <section className="card" aria-labelledby="fiscal-title">
      <h2 id="fiscal-title">Perfil fiscal</h2>
      <p className="muted">Define o limite do MEI (cheio ou proporcional ao ano de abertura), o valor do DAS e o que conta como faturamento.</p>
      <form className="form fiscal-form" onSubmit={onSubmit} aria-label="Perfil fiscal">
        {saved && <Alert kind="success">Perfil fiscal salvo. O limite e os alertas foram recalculados.</Alert>}
        <Alert>{formMessage(state.error, FIELDS)}</Alert>
        <div className="form__row fiscal-form__row">
          <Select label="Regime" value={form.regime ?? 'MEI'} error={errors.regime} onChange={(e) => set('regime', e.target.value as FiscalProfileInput['regime'])}>
            {Object.entries(REGIME_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </Select>
          <Field
            label="Data de abertura"
            type="date"
            value={form.openingDate ?? ''}
            error={errors.openingDate}
            hint="No ano de abertura o limite é proporcional aos meses de atividade."
            onChange={(e) => set('openingDate', e.target.value)}
          />
          <Select label="Atividade" value={form.activity ?? 'COMMERCE'} error={errors.activity} onChange={(e) => set('activity', e.target.value as FiscalProfileInput['activity'])}>
            {Object.entries(ACTIVITY_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </Select>
        </div>
        <fieldset className="checks">
          <legend>Fontes contadas no faturamento</legend>
          <label className="check">
            <input type="checkbox" checked={!!form.countDocuments} onChange={(e) => set('countDocuments', e.target.checked)} />
            Notas fiscais emitidas
          </label>
          <label className="check">
            <input type="checkbox" checked={!!form.countFinance} onChange={(e) => set('countFinance', e.target.checked)} />
            Receitas do financeiro
          </label>
          <label className="check">
            <input type="checkbox" checked={!!form.countMarketplace} onChange={(e) => set('countMarketplace', e.target.checked)} />
            Vendas do marketplace
          </label>
        </fieldset>
        <div>
          <SubmitButton busy={state.fetching} busyText="Salvando…">
            Salvar perfil fiscal
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
