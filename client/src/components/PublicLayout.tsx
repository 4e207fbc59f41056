import { Link, Outlet } from 'react-router-dom';
import { useSession } from '../lib/session';
import { Brand } from './Brand';

/** Header and footer of the public pages (landing, sign-in, sign-up, invitation). */
export function PublicLayout() {
  const { status } = useSession();
  return (
    <div className="public">
      <header className="public__header">
        <Brand />
        <nav className="public__nav" aria-label="Acesso">
          {status === 'authenticated' ? (
            <Link to="/painel" className="button button--primary">
              Ir para o painel
            </Link>
          ) : (
            <>
              <Link to="/entrar" className="button button--ghost">
                Entrar
              </Link>
              <Link to="/cadastro" className="button button--primary">
                Criar conta
              </Link>
            </>
          )}
        </nav>
      </header>
      <main className="public__main" id="conteudo">
        <Outlet />
      </main>
      <footer className="public__footer">
        <p>© {new Date().getFullYear()} Prumo · Sua empresa no prumo. Feito no Brasil.</p>
      </footer>
    </div>
  );
}
