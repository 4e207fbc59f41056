import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { PublicLayout } from './components/PublicLayout';
import { UpgradeDialog } from './components/UpgradeDialog';
import { useSession } from './lib/session';
import { AdminPage } from './pages/Admin';
import { COMING_SOON, ComingSoonPage, NotFoundPage } from './pages/ComingSoon';
import { DashboardPage } from './pages/Dashboard';
import { DocumentsPage } from './pages/Documents';
import { InvitationPage } from './pages/Invitation';
import { LandingPage } from './pages/Landing';
import { PlansPage } from './pages/Plans';
import { SettingsPage } from './pages/Settings';
import { SignInPage } from './pages/SignIn';
import { SignUpPage } from './pages/SignUp';

/** Signed-in area: waits for the session restore, sends anonymous visitors to /entrar. */
function RequireAuth() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <div className="page-loading" role="status">
        Carregando…
      </div>
    );
  }
  if (status === 'anonymous') return <Navigate to="/entrar" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

export function App() {
  return (
    <>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route index element={<LandingPage />} />
          <Route path="cadastro" element={<SignUpPage />} />
          <Route path="entrar" element={<SignInPage />} />
          <Route path="convite/:token" element={<InvitationPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route path="painel" element={<DashboardPage />} />
            <Route path="planos" element={<PlansPage />} />
            <Route path="documentos" element={<DocumentsPage />} />
            <Route path="configuracoes" element={<SettingsPage />} />
            <Route path="admin" element={<AdminPage />} />
            {Object.entries(COMING_SOON).map(([path, props]) => (
              <Route key={path} path={path} element={<ComingSoonPage {...props} />} />
            ))}
          </Route>
        </Route>
      </Routes>
      <UpgradeDialog />
    </>
  );
}
