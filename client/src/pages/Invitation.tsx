import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { Alert, Field, formValues, SubmitButton } from '../components/forms';
import { graphql } from '../gql';
import { AcceptInvitationDocument } from '../lib/auth-documents';
import { apiError, fieldErrors, formMessage } from '../lib/errors';
import { formatShortDate, roleLabel } from '../lib/format';
import { useSession } from '../lib/session';

const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      accountName
      email
      role
      expiresAt
      existingUser
    }
  }
`);

// A password rule broken on acceptance comes back unnamed ('_'): it belongs to the password field.
const FIELDS = ['name', 'password', 'token', '_'] as const;

export function InvitationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [preview] = useQuery({ query: InvitationPreviewDocument, variables: { token }, requestPolicy: 'network-only' });
  const [state, accept] = useMutation(AcceptInvitationDocument);
  const errors = fieldErrors(state.error);
  const passwordError = errors.password ?? errors._;
  const invitation = preview.data?.invitation;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const r = await accept({ input: { token, password: v.password ?? '', name: invitation?.existingUser ? undefined : v.name?.trim() || undefined } });
    if (r.data?.acceptInvitation) {
      signedIn(r.data.acceptInvitation);
      navigate('/painel', { replace: true });
    }
  }

  if (preview.fetching && !invitation) {
    return (
      <div className="auth-page">
        <div className="card auth-card" role="status">
          Carregando convite…
        </div>
      </div>
    );
  }

  if (!invitation) {
    return (
      <div className="auth-page">
        <div className="card auth-card">
          <h1>Convite indisponível</h1>
          <Alert>{apiError(preview.error)?.message ?? 'Este convite não existe ou já foi usado.'}</Alert>
          <p>Peça a quem convidou você um novo link.</p>
          <Link to="/" className="button">
            Ir para o início
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <form className="card form auth-card" onSubmit={onSubmit} noValidate aria-labelledby="invite-title">
        <h1 id="invite-title">{invitation.accountName ? `Convite para ${invitation.accountName}` : 'Convite para o Prumo'}</h1>
        <p>
          Você foi convidado como <strong>{roleLabel(invitation.role)}</strong> com o e-mail <strong>{invitation.email}</strong>.
        </p>
        <p className="muted small">Válido até {formatShortDate(invitation.expiresAt)}.</p>
        <Alert>{formMessage(state.error, FIELDS)}</Alert>
        {invitation.existingUser ? (
          <>
            <p className="muted">Você já tem uma conta no Prumo: confirme com sua senha.</p>
            <Field label="Sua senha" name="password" type="password" autoComplete="current-password" required error={passwordError} />
          </>
        ) : (
          <>
            <Field label="Seu nome" name="name" autoComplete="name" required error={errors.name} />
            <Field
              label="Crie uma senha"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              hint="Pelo menos 8 caracteres, com letras e números."
              error={passwordError}
            />
          </>
        )}
        <SubmitButton busy={state.fetching} busyText="Aceitando…">
          Aceitar convite
        </SubmitButton>
      </form>
    </div>
  );
}
