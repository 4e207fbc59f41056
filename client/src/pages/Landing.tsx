import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { Alert, Field, formValues, SubmitButton, TextArea } from '../components/forms';
import { graphql } from '../gql';
import { fieldErrors, formMessage } from '../lib/errors';
import { formatBRL } from '../lib/format';

const SubmitLeadDocument = graphql(`
  mutation SubmitLead($input: SubmitLeadInput!) {
    submitLead(input: $input) {
      id
      receivedAt
      message
    }
  }
`);

const MEI_ANNUAL_LIMIT = 81_000;

const FEATURES = [
  {
    title: 'Documentos fiscais sem digitação',
    text: 'Envie NF-e, NFS-e, PDFs e fotos: o Prumo lê os dados, mesmo de documentos escaneados.',
  },
  {
    title: 'Limite do MEI sob controle',
    text: `Acompanhe quanto falta para o teto de ${formatBRL(MEI_ANNUAL_LIMIT)} por ano, com projeção e alertas antes do susto.`,
  },
  {
    title: 'Assistente que conhece seus números',
    text: 'Pergunte “quanto faturei mês passado?” e receba a resposta exata, com as fontes citadas.',
  },
  {
    title: 'Financeiro simples',
    text: 'Contas, lançamentos, importação de extratos OFX e CSV e fluxo de caixa por categoria.',
  },
  {
    title: 'Marketplace entre empresas',
    text: 'Compre e venda para outras empresas com estoque reservado na hora e conversa pelo WhatsApp.',
  },
  {
    title: 'Contas de energia organizadas',
    text: 'Faturas, boletos, PIX e créditos de energia solar de todas as suas unidades num só lugar.',
  },
];

const LEAD_FIELDS = ['name', 'email', 'whatsapp', 'message'] as const;

function LeadForm() {
  const [state, submitLead] = useMutation(SubmitLeadDocument);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const errors = fieldErrors(state.error);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    setConfirmation(null);
    const r = await submitLead({ input: { name: v.name ?? '', email: v.email ?? '', whatsapp: v.whatsapp ?? '', message: v.message ?? '' } });
    if (r.data?.submitLead) {
      setConfirmation(r.data.submitLead.message);
      form.reset();
    }
  }

  return (
    <form className="card form lead-form" onSubmit={onSubmit} noValidate aria-labelledby="lead-title">
      <h2 id="lead-title">Fale com a gente</h2>
      <p className="muted">Conte o que sua empresa precisa. Respondemos pelo WhatsApp ou por e-mail.</p>
      {confirmation && <Alert kind="success">{confirmation}</Alert>}
      <Alert>{formMessage(state.error, LEAD_FIELDS)}</Alert>
      <Field label="Nome" name="name" autoComplete="name" required error={errors.name} />
      <Field label="E-mail" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field label="WhatsApp" name="whatsapp" type="tel" autoComplete="tel" placeholder="(11) 91234-5678" required error={errors.whatsapp} />
      <TextArea label="Mensagem" name="message" rows={4} required error={errors.message} />
      <SubmitButton busy={state.fetching} busyText="Enviando…">
        Enviar mensagem
      </SubmitButton>
    </form>
  );
}

export function LandingPage() {
  return (
    <>
      <section className="hero">
        <div className="hero__text">
          <p className="eyebrow">Para MEIs e pequenas empresas</p>
          <h1>Sua empresa no prumo.</h1>
          <p className="hero__lead">
            Notas, limite do MEI, finanças, compras entre empresas e contas de energia numa só plataforma — com um assistente
            que responde em português e sabe dos seus números.
          </p>
          <div className="hero__actions">
            <Link to="/cadastro" className="button button--primary button--large">
              Criar conta grátis
            </Link>
            <a href="#contato" className="button button--ghost button--large">
              Falar com a equipe
            </a>
          </div>
          <p className="muted small">Comece no plano Free, sem cartão de crédito.</p>
        </div>
        <div className="hero__panel card" aria-hidden="true">
          <p className="muted small">Faturamento no ano</p>
          <p className="hero__figure">{formatBRL(52_340.9)}</p>
          <div className="gauge">
            <div className="gauge__bar" style={{ width: '65%' }} />
          </div>
          <p className="small">
            65% do limite de {formatBRL(MEI_ANNUAL_LIMIT)} · faltam {formatBRL(MEI_ANNUAL_LIMIT - 52_340.9)}
          </p>
        </div>
      </section>

      <section className="features" aria-labelledby="features-title">
        <h2 id="features-title">Tudo o que sua empresa precisa, sem planilha</h2>
        <ul className="features__grid">
          {FEATURES.map((f) => (
            <li key={f.title} className="card feature">
              <h3>{f.title}</h3>
              <p>{f.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="contact" id="contato">
        <div className="contact__text">
          <h2>Quer ver o Prumo funcionando?</h2>
          <p>
            Deixe seu contato e mostramos como organizar os documentos, o limite e o caixa da sua empresa em poucos minutos por
            dia.
          </p>
        </div>
        <LeadForm />
      </section>
    </>
  );
}
