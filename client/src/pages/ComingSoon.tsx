import { Link } from 'react-router-dom';

export interface ComingSoonProps {
  title: string;
  description: string;
}

export const COMING_SOON: Record<string, ComingSoonProps> = {
  assistente: {
    title: 'Assistente',
    description: 'Converse com um assistente fiscal que responde com base nos seus documentos e cita as fontes.',
  },
  consultor: {
    title: 'Consultor',
    description: 'Peça uma análise executiva a uma equipe de agentes e receba resumo, plano de ação, riscos e indicadores.',
  },
  marketplace: {
    title: 'Marketplace',
    description: 'Compre e venda produtos entre empresas, com estoque reservado na hora e conversa pelo WhatsApp.',
  },
  financeiro: {
    title: 'Financeiro',
    description: 'Cadastre contas, importe extratos OFX e CSV e veja o fluxo de caixa por mês e categoria.',
  },
  energia: {
    title: 'Energia',
    description: 'Conecte-se à distribuidora, sincronize unidades e faturas com boleto, PIX e PDF e acompanhe seus créditos solares.',
  },
};

export function ComingSoonPage({ title, description }: ComingSoonProps) {
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Em breve</p>
        <h1>{title}</h1>
      </header>
      <section className="card empty-state">
        <span className="badge badge--muted">Em breve</span>
        <p>{description}</p>
        <Link to="/painel" className="button">
          Voltar ao painel
        </Link>
      </section>
    </div>
  );
}

export function NotFoundPage() {
  return (
    <div className="page">
      <section className="card empty-state">
        <h1>Página não encontrada</h1>
        <p className="muted">O endereço pode ter mudado ou não existe.</p>
        <Link to="/" className="button">
          Ir para o início
        </Link>
      </section>
    </div>
  );
}
