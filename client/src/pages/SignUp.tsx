import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { Alert, Field, formValues, SubmitButton } from '../components/forms';
import { SignUpDocument } from '../lib/auth-documents';
import { fieldErrors, formMessage } from '../lib/errors';
import { useSession } from '../lib/session';

const FIELDS = ['name', 'email', 'password', 'companyName', 'taxId', 'cpf', 'whatsapp'] as const;

export function SignUpPage() {
  const { status, signedIn } = useSession();
  const navigate = useNavigate();
  const [state, signUp] = useMutation(SignUpDocument);
  const errors = fieldErrors(state.error);

  if (status === 'authenticated' && !state.fetching && !state.data) return <Navigate to="/painel" replace />;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const r = await signUp({
      input: {
        name: v.name ?? '',
        email: v.email ?? '',
        password: v.password ?? '',
        companyName: v.companyName ?? '',
        taxId: v.taxId ?? '',
        cpf: v.cpf?.trim() || undefined,
        whatsapp: v.whatsapp?.trim() || undefined,
      },
    });
    if (r.data?.signUp) {
      signedIn(r.data.signUp);
      navigate('/painel', { replace: true });
    }
  }

  return (
    <div className="auth-page">
      <form className="card form auth-card" onSubmit={onSubmit} noValidate aria-labelledby="signup-title">
        <h1 id="signup-title">Criar conta</h1>
        <p className="muted">Cadastre você e sua empresa (ou MEI). Leva um minuto.</p>
        <Alert>{formMessage(state.error, FIELDS)}</Alert>
        <fieldset>
          <legend>Você</legend>
          <Field label="Seu nome" name="name" autoComplete="name" required error={errors.name} />
          <Field label="E-mail" name="email" type="email" autoComplete="email" required error={errors.email} />
          <Field
            label="Senha"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint="Pelo menos 8 caracteres, com letras e números."
            error={errors.password}
          />
          <Field label="Seu CPF (opcional)" name="cpf" inputMode="numeric" hint="Permite entrar com o CPF." error={errors.cpf} />
          <Field label="WhatsApp (opcional)" name="whatsapp" type="tel" autoComplete="tel" placeholder="(11) 91234-5678" error={errors.whatsapp} />
        </fieldset>
        <fieldset>
          <legend>Sua empresa</legend>
          <Field label="Nome da empresa" name="companyName" autoComplete="organization" required error={errors.companyName} />
          <Field label="CNPJ ou CPF da empresa" name="taxId" required hint="MEI pode usar o CNPJ ou o CPF do titular." error={errors.taxId} />
        </fieldset>
        <SubmitButton busy={state.fetching} busyText="Criando conta…">
          Criar conta
        </SubmitButton>
        <p className="muted small">
          Já tem conta? <Link to="/entrar">Entrar</Link>
        </p>
      </form>
    </div>
  );
}
