import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Field, SubmitButton, formValues } from '../forms';
import { apiError, fieldErrors } from '../../lib/errors';
import { ConfirmPortalLoginDocument, CreateEnergyClientDocument, StartPortalLoginDocument } from '../../lib/energy';

/**
 * The connect flow: (new client: name, CPF/CNPJ, phone digits) -> the robot asks the portal for a
 * code -> the user types the SMS code -> connected, and the sync starts.
 */
export function ConnectDialog({ clientId, onClose, onConnected }: { clientId: string | null; onClose(): void; onConnected(clientId: string): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [id, setId] = useState<string | null>(clientId);
  const [step, setStep] = useState<'holder' | 'sending' | 'code'>(clientId ? 'sending' : 'holder');
  const [info, setInfo] = useState<string | null>(null);
  const [created, create] = useMutation(CreateEnergyClientDocument);
  const [started, start] = useMutation(StartPortalLoginDocument);
  const [confirmed, confirm] = useMutation(ConfirmPortalLoginDocument);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  useEffect(() => {
    ref.current?.showModal?.();
  }, []);

  async function sendCode(target: string) {
    setStep('sending');
    setError(null);
    const r = await start({ id: target });
    const err = apiError(r.error);
    if (err) {
      setError(err.message);
      // The holder exists by now (created above when new): retry the login, never the creation.
      setStep('sending');
      return;
    }
    setInfo(r.data?.startPortalLogin.statusMessage ?? 'Enviamos um código por SMS ao celular do titular.');
    setStep('code');
  }

  useEffect(() => {
    if (clientId) void sendCode(clientId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function submitHolder(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const r = await create({ input: { name: v.name ?? '', taxId: v.taxId ?? '', phoneLastDigits: v.phoneLastDigits ?? '' } });
    const err = apiError(r.error);
    if (err) {
      setFields(fieldErrors(r.error));
      setError(err.message);
      return;
    }
    const newId = r.data!.createEnergyClient.id;
    setId(newId);
    await sendCode(newId);
  }

  async function submitCode(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const r = await confirm({ id: id!, code: (v.code ?? '').trim() });
    const err = apiError(r.error);
    if (err) {
      setError(err.message);
      return;
    }
    onConnected(id!);
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="connect-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog__body">
        <h2 id="connect-title">Conectar à distribuidora</h2>
        {step === 'holder' && (
          <form onSubmit={submitHolder} noValidate>
            <p className="muted">O robô entra no portal com o CPF/CNPJ do titular; a distribuidora envia um código por SMS.</p>
            <Field label="Nome" name="name" required error={fields.name} />
            <Field label="CPF ou CNPJ do titular" name="taxId" required inputMode="numeric" error={fields.taxId} />
            <Field label="4 últimos dígitos do celular cadastrado" name="phoneLastDigits" required inputMode="numeric" maxLength={4} error={fields.phoneLastDigits} />
            <Alert>{error}</Alert>
            <div className="dialog__actions">
              <button type="button" className="button" onClick={onClose}>
                Cancelar
              </button>
              <SubmitButton busy={created.fetching}>Enviar código</SubmitButton>
            </div>
          </form>
        )}
        {step === 'sending' && (
          <>
            <p>
              <span className="energy-spinner" aria-hidden="true" />
              {started.fetching ? 'O robô está pedindo o código no portal…' : 'Aguarde…'}
            </p>
            <Alert>{error}</Alert>
            <div className="dialog__actions">
              <button type="button" className="button" onClick={onClose}>
                Fechar
              </button>
              {error && id && (
                <button type="button" className="button button--primary" onClick={() => void sendCode(id)}>
                  Tentar de novo
                </button>
              )}
            </div>
          </>
        )}
        {step === 'code' && (
          <form onSubmit={submitCode} noValidate>
            <Alert kind="info">{info}</Alert>
            <Field label="Código recebido por SMS" name="code" required inputMode="numeric" maxLength={6} autoComplete="one-time-code" autoFocus />
            <Alert>{error}</Alert>
            <div className="dialog__actions">
              <button type="button" className="button" onClick={() => id && void sendCode(id)} disabled={started.fetching}>
                Reenviar código
              </button>
              <SubmitButton busy={confirmed.fetching} busyText="Conectando…">
                Conectar
              </SubmitButton>
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}
