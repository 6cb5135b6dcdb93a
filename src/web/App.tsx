import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ErrorPage } from './components/ErrorPage';
import { PageLoader } from './components/PageLoader';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth } from './features/auth/RequireAuth';
import { RequireRole } from './features/auth/RequireRole';
import { RegistryPage } from './features/registry/RegistryPage';
import { AppLayout } from './features/shell/AppLayout';
import './i18n';

// Login and the registry list load with the app; everything else on demand.
const BusinessDetailPage = lazy(() => import('./features/registry/BusinessDetailPage'));
const BusinessFormPage = lazy(() => import('./features/registry/BusinessFormPage'));
const RecapPage = lazy(() => import('./features/recap/RecapPage'));
const AuditPage = lazy(() => import('./features/audit/AuditPage'));
const TenantsPage = lazy(() => import('./features/tenants/TenantsPage'));

/**
 * The routes of Berdaya:
 * /login · / (registry) · /businesses/new · /businesses/:id · /businesses/:id/edit ·
 * /recap · /audit (admins) · /tenants (superadmins).
 */
export function App() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={<RegistryPage />} />
            <Route path="businesses/new" element={<BusinessFormPage />} />
            <Route path="businesses/:id" element={<BusinessDetailPage />} />
            <Route path="businesses/:id/edit" element={<BusinessFormPage />} />
            <Route path="recap" element={<RecapPage />} />
            <Route element={<RequireRole admin />}>
              <Route path="audit" element={<AuditPage />} />
            </Route>
            <Route element={<RequireRole superadmin />}>
              <Route path="tenants" element={<TenantsPage />} />
            </Route>
            <Route path="*" element={<ErrorPage kind="notFound" />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
