import { NavLink } from 'react-router-dom';
import './marketplace.css';

const LINKS = [
  { to: '/marketplace', label: 'Catálogo', end: true },
  { to: '/marketplace/meus-produtos', label: 'Meus produtos', end: false },
  { to: '/marketplace/pedidos', label: 'Pedidos', end: false },
];

/** Header and section links shared by the marketplace pages. */
export function MarketplaceHeader({ title, eyebrow = 'Marketplace B2B' }: { title: string; eyebrow?: string }) {
  return (
    <>
      <header className="page__header">
        <p className="eyebrow">{eyebrow}</p>
        <h1>{title}</h1>
      </header>
      <nav className="tabs mk-nav" aria-label="Seções do marketplace">
        {LINKS.map((l) => (
          <NavLink key={l.to} to={l.to} end={l.end} className={({ isActive }) => `tabs__tab${isActive ? ' is-active' : ''}`}>
            {l.label}
          </NavLink>
        ))}
      </nav>
    </>
  );
}
