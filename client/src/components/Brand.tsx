import { Link } from 'react-router-dom';

export function Brand({ to = '/' }: { to?: string }) {
  return (
    <Link to={to} className="brand" aria-label="Prumo — início">
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="var(--brand)" />
        <path d="M16 5v14" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
        <path d="M16 19l-5 7h10z" fill="var(--accent)" />
      </svg>
      <span>Prumo</span>
    </Link>
  );
}
