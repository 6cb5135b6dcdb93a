import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ErrorPage } from './components/ErrorPage';
import { PageLoader } from './components/PageLoader';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth } from './features/auth/RequireAuth';
import { RequireRole } from './features/auth/RequireRole';
import { RequireImportAccess } from './features/imports/RequireImportAccess';
import { RequireFollowupAccess } from './features/followup/RequireFollowupAccess';
import { RequireProgrammeAccess } from './features/programmes/RequireProgrammeAccess';
import { AppLayout } from './features/shell/AppLayout';
import { HomeRoute } from './features/shell/HomeRoute';
import './i18n';

// Login and the registry list (or a partner's home) load with the app; everything else on demand.
const BusinessDetailPage = lazy(() => import('./features/registry/BusinessDetailPage'));
const BusinessFormPage = lazy(() => import('./features/registry/BusinessFormPage'));
const RecapPage = lazy(() => import('./features/recap/RecapPage'));
const AuditPage = lazy(() => import('./features/audit/AuditPage'));
const TenantsPage = lazy(() => import('./features/tenants/TenantsPage'));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage'));
const ImportsPage = lazy(() => import('./features/imports/ImportsPage'));
const ImportWizardPage = lazy(() => import('./features/imports/ImportWizardPage'));
const DuplicatesPage = lazy(() => import('./features/duplicates/DuplicatesPage'));
const ProgrammesPage = lazy(() => import('./features/programmes/ProgrammesPage'));
const ProgrammeFormPage = lazy(() => import('./features/programmes/ProgrammeFormPage'));
const ProgrammeDetailPage = lazy(() => import('./features/programmes/ProgrammeDetailPage'));
const ProgrammeReportPage = lazy(() => import('./features/programmes/report/ProgrammeReportPage'));
const AttendancePage = lazy(() => import('./features/programmes/attendance/AttendancePage'));
const OwnerClaimsPage = lazy(() => import('./features/claims/OwnerClaimsPage'));
const WorklistPage = lazy(() => import('./features/followup/WorklistPage'));
const FollowupHistoryPage = lazy(() => import('./features/followup/HistoryPage'));
const ConflictsPage = lazy(() => import('./features/followup/ConflictsPage'));
const OutcomesPage = lazy(() => import('./features/followup/OutcomesPage'));
const AlertsPage = lazy(() => import('./features/followup/AlertsPage'));

/**
 * The routes of Berdaya:
 * /login · / (registry; partners: their home) · /businesses/new · /businesses/:id ·
 * /businesses/:id/edit · /recap (not partners or owners) · /imports and /imports/:id (admins, officers,
 * assistants) · /duplicates (those and the head of office) · /programmes, /programmes/report and
 * /programmes/:id (admins, officers, head of office, assistants) · /programmes/new, /programmes/:id/edit,
 * /programmes/sessions/:sessionId/absen and /owner-claims (admins, officers) · /followup (worklist),
 * /followup/alerts, /followup/conflicts, /followup/businesses/:id (visit history), /followup/outcomes and
 * /programmes/:id/outcomes (admins, officers, head of office, assistants) · /audit and /settings (admins) ·
 * /tenants (superadmins). Business owners are sent on to the owner portal (/portal) by the start page.
 */
export function App() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={<HomeRoute />} />
            <Route path="businesses/new" element={<BusinessFormPage />} />
            <Route path="businesses/:id" element={<BusinessDetailPage />} />
            <Route path="businesses/:id/edit" element={<BusinessFormPage />} />
            <Route element={<RequireRole recap />}>
              <Route path="recap" element={<RecapPage />} />
            </Route>
            <Route element={<RequireImportAccess write />}>
              <Route path="imports" element={<ImportsPage />} />
              <Route path="imports/:id" element={<ImportWizardPage />} />
            </Route>
            <Route element={<RequireImportAccess />}>
              <Route path="duplicates" element={<DuplicatesPage />} />
            </Route>
            <Route element={<RequireProgrammeAccess />}>
              <Route path="programmes" element={<ProgrammesPage />} />
              <Route path="programmes/report" element={<ProgrammeReportPage />} />
              <Route path="programmes/:id" element={<ProgrammeDetailPage />} />
            </Route>
            <Route element={<RequireProgrammeAccess write />}>
              <Route path="programmes/new" element={<ProgrammeFormPage />} />
              <Route path="programmes/:id/edit" element={<ProgrammeFormPage />} />
              <Route path="programmes/sessions/:sessionId/absen" element={<AttendancePage />} />
            </Route>
            <Route element={<RequireFollowupAccess />}>
              <Route path="followup" element={<WorklistPage />} />
              <Route path="followup/alerts" element={<AlertsPage />} />
              <Route path="followup/conflicts" element={<ConflictsPage />} />
              <Route path="followup/businesses/:id" element={<FollowupHistoryPage />} />
              <Route path="followup/outcomes" element={<OutcomesPage />} />
              <Route path="programmes/:id/outcomes" element={<OutcomesPage />} />
            </Route>
            <Route element={<RequireProgrammeAccess claims />}>
              <Route path="owner-claims" element={<OwnerClaimsPage />} />
            </Route>
            <Route element={<RequireRole admin />}>
              <Route path="audit" element={<AuditPage />} />
              <Route path="settings" element={<SettingsPage />} />
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
