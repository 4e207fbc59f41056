import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../forms';
import { apiError } from '../../lib/errors';
import { DeleteEnergyClientDocument } from '../../lib/energy';

/**
 * "Remover titular": asks first, then removes the holder with everything the robot brought for it
 * (units, invoices, credits, saved PDFs). The server refuses while a sync of the holder is running;
 * its message stays in the dialog.
 */
export function RemoveClientDialog({ client, onClose, onRemoved }: { client: { id: string; name: string; taxId: string }; onClose(): void; onRemoved(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [state, remove] = useMutation(DeleteEnergyClientDocument);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    ref.current?.showModal?.();
  }, []);

  async function confirm() {
    setError(null);
    const r = await remove({ id: client.id }, { additionalTypenames: ['EnergyClient', 'ConsumerUnit', 'EnergyInvoice'] });
    const err = apiError(r.error);
    if (err) {
      setError(err.message);
      return;
    }
    onRemoved();
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="remove-client-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog__body">
        <h2 id="remove-client-title">Remover titular?</h2>
        <p>
          <strong>{client.name}</strong> ({client.taxId}) sai do Prumo com tudo o que o robô trouxe dele: unidades consumidoras, faturas, créditos de geração distribuída,
          pedidos de rateio e PDFs guardados.
        </p>
        <p className="muted">As unidades deixam de contar no limite do seu plano. Nada muda no portal da distribuidora; para acompanhar este titular de novo, adicione-o e conecte outra vez.</p>
        <Alert>{error}</Alert>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} disabled={state.fetching}>
            Cancelar
          </button>
          <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={state.fetching}>
            {state.fetching ? 'Removendo…' : 'Remover titular'}
          </button>
        </div>
      </div>
    </dialog>
  );
}
