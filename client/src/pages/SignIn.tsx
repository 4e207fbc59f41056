import type { FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { Alert, Field, formValues, SubmitButton } from '../components/forms';
import { SignInDocument } from '../lib/auth-documents';
import { fieldErrors, formMessage } from '../lib/errors';
import { useSession } from '../lib/session';

const FIELDS = ['login', 'password'] as const;

function safeNext(from: unknown): string {
  const path = typeof from === 'string' ? from : '';
  return path.startsWith('/') && !path.startsWith('//') && path !== '/entrar' ? path : '/painel';
}

export function SignInPage() {
  const { status, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const next = safeNext((location.state as { from?: string } | null)?.from);
  const [state, signIn] = useMutation(SignInDocument);
  const errors = fieldErrors(state.error);

  if (status === 'authenticated' && !state.fetching && !state.data) return <Navigate to={next} replace />;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const r = await signIn({ input: { login: v.login ?? '', password: v.password ?? '' } });
    if (r.data?.signIn) {
      signedIn(r.data.signIn);
      navigate(next, { replace: true });
    }
  }

  return (
    <div className="auth-page">
      <form className="card form auth-card" onSubmit={onSubmit} noValidate aria-labelledby="signin-title">
        <h1 id="signin-title">Entrar</h1>
        <p className="muted">Bem-vindo de volta.</p>
        <Alert>{formMessage(state.error, FIELDS)}</Alert>
        <Field label="E-mail ou CPF" name="login" autoComplete="username" required error={errors.login} />
        <Field label="Senha" name="password" type="password" autoComplete="current-password" required error={errors.password} />
        <SubmitButton busy={state.fetching} busyText="Entrando…">
          Entrar
        </SubmitButton>
        <p className="muted small">
          Ainda não tem conta? <Link to="/cadastro">Criar conta</Link>
        </p>
      </form>
    </div>
  );
}
