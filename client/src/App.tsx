import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { PublicLayout } from './components/PublicLayout';
import { UpgradeDialog } from './components/UpgradeDialog';
import { useSession } from './lib/session';
import { AdminPage } from './pages/Admin';
import { AssistantPage } from './pages/Assistant';
import { MarketplacePage } from './pages/Marketplace';
import { MarketplaceMyProductsPage } from './pages/MarketplaceMyProducts';
import { MarketplaceOrdersPage } from './pages/MarketplaceOrders';
import { MarketplaceProductPage } from './pages/MarketplaceProduct';
import { ConsultantPage } from './pages/Consultant';
import { DashboardPage } from './pages/Dashboard';
import { DocumentsPage } from './pages/Documents';
import { FinancePage } from './pages/Finance';
import { EnergyPage } from './pages/Energy';
import { InvitationPage } from './pages/Invitation';
import { LandingPage } from './pages/Landing';
import { NotFoundPage } from './pages/NotFound';
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
            <Route path="financeiro" element={<FinancePage />} />
            <Route path="energia" element={<EnergyPage />} />
            <Route path="assistente" element={<AssistantPage />} />
            <Route path="consultor" element={<ConsultantPage />} />
            <Route path="configuracoes" element={<SettingsPage />} />
            <Route path="admin" element={<AdminPage />} />
            <Route path="marketplace" element={<MarketplacePage />} />
            <Route path="marketplace/produtos/:id" element={<MarketplaceProductPage />} />
            <Route path="marketplace/meus-produtos" element={<MarketplaceMyProductsPage />} />
            <Route path="marketplace/pedidos" element={<MarketplaceOrdersPage />} />
          </Route>
        </Route>
      </Routes>
      <UpgradeDialog />
    </>
  );
}
