import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Field, SubmitButton } from '../../components/forms';
import { graphql } from '../../gql';
import { fieldErrors, formMessage } from '../../lib/errors';
import type { Me } from '../../lib/me';

const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      name
      whatsapp
    }
  }
`);

const FIELDS = ['name', 'whatsapp'];

/** "55 11 98765-4321" for the stored digits (55 + DDD + number). */
function formatWhatsapp(digits: string | null | undefined): string {
  if (!digits) return '';
  const local = digits.startsWith('55') ? digits.slice(2) : digits;
  const ddd = local.slice(0, 2);
  const rest = local.slice(2);
  return `(${ddd}) ${rest.length === 9 ? `${rest.slice(0, 5)}-${rest.slice(5)}` : `${rest.slice(0, 4)}-${rest.slice(4)}`}`;
}

/** The signed-in person's name and WhatsApp (where notifications go outside the app). */
export function ProfileTab({ me }: { me: NonNullable<Me> }) {
  const [state, save] = useMutation(UpdateProfileDocument);
  const [name, setName] = useState(me.name);
  const [whatsapp, setWhatsapp] = useState(formatWhatsapp(me.whatsapp));
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(state.error);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const r = await save({ input: { name, whatsapp: whatsapp.trim() } }, { additionalTypenames: ['User'] });
    if (!r.error && r.data) {
      setSaved(true);
      setWhatsapp(formatWhatsapp(r.data.updateProfile.whatsapp));
    }
  };

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Meu perfil</h2>
      <p className="muted">Seu WhatsApp recebe os avisos importantes (limite do MEI, pedidos, pagamentos). Deixe em branco para receber só no Prumo.</p>
      <form className="form" onSubmit={onSubmit} aria-label="Meu perfil">
        {saved && <Alert kind="success">Perfil salvo.</Alert>}
        <Alert>{formMessage(state.error, FIELDS)}</Alert>
        <Field label="Nome" value={name} error={errors.name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        <Field label="WhatsApp" value={whatsapp} error={errors.whatsapp} onChange={(e) => setWhatsapp(e.target.value)} placeholder="(11) 98765-4321" inputMode="tel" autoComplete="tel" />
        <p className="muted small">E-mail: {me.email}</p>
        <SubmitButton busy={state.fetching}>Salvar</SubmitButton>
      </form>
    </section>
  );
}
