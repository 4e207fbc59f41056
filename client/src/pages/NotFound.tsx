import { Link } from 'react-router-dom';

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
