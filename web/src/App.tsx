import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider } from './auth/auth-context.tsx';
import { LanguageProvider } from './i18n/language-context.tsx';
import { Layout } from './layout/Layout.tsx';
import { AccountPage } from './pages/AccountPage.tsx';
import { AdminConsolePage } from './pages/admin/AdminConsolePage.tsx';
import { AuditLogPage } from './pages/admin/AuditLogPage.tsx';
import { DeadlineSettingsPage } from './pages/admin/DeadlineSettingsPage.tsx';
import { NewStaffAccountPage } from './pages/admin/NewStaffAccountPage.tsx';
import { OpeningsSearchPage } from './pages/admin/OpeningsSearchPage.tsx';
import { RegionOpeningsPage } from './pages/admin/RegionOpeningsPage.tsx';
import { SecuritySettingsPage } from './pages/admin/SecuritySettingsPage.tsx';
import { StaffAccountsPage } from './pages/admin/StaffAccountsPage.tsx';
import { ActivationPage } from './pages/staff/ActivationPage.tsx';
import { ChangePasswordPage } from './pages/staff/ChangePasswordPage.tsx';
import { StaffLayout } from './pages/staff/StaffLayout.tsx';
import { StaffSignInPage } from './pages/staff/StaffSignInPage.tsx';
import { CasePage } from './pages/agency/CasePage.tsx';
import { SupervisionPage } from './pages/agency/SupervisionPage.tsx';
import { WorkQueuesPage } from './pages/agency/WorkQueuesPage.tsx';
import { AgencyCardPage } from './pages/agency-cards/AgencyCardPage.tsx';
import { CardTaskQueuePage } from './pages/agency-cards/CardTaskQueuePage.tsx';
import { CounterLookupPage } from './pages/agency-cards/CounterLookupPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { CardActionPage } from './pages/cards/CardActionPage.tsx';
import { CardDonePage } from './pages/cards/CardDonePage.tsx';
import { CardPage } from './pages/cards/CardPage.tsx';
import { MyCardsPage } from './pages/cards/MyCardsPage.tsx';
import { EcardPage } from './pages/cards/ecard/EcardPage.tsx';
import { VerifierPage } from './pages/cards/ecard/VerifierPage.tsx';
import { AddFamilyMemberPage } from './pages/cards/family/AddFamilyMemberPage.tsx';
import { FamilyEcardPage } from './pages/cards/family/FamilyEcardPage.tsx';
import { FamilyPage } from './pages/cards/family/FamilyPage.tsx';
import { BindIdentityPage } from './pages/identity/BindIdentityPage.tsx';
import { CounterCodePage } from './pages/identity/CounterCodePage.tsx';
import { DevelopmentFacePage } from './pages/identity/DevelopmentFacePage.tsx';
import { VerificationConsentPage } from './pages/identity/VerificationConsentPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { CodePage } from './pages/sign-in/CodePage.tsx';
import { PhonePage } from './pages/sign-in/PhonePage.tsx';
import { CalculatorPage } from './pages/transfer-calculator/CalculatorPage.tsx';
import { CityPage } from './pages/transfer-destination/CityPage.tsx';
import { ProvincePage } from './pages/transfer-destination/ProvincePage.tsx';
import { ResultPage } from './pages/transfer-destination/ResultPage.tsx';
import { SchemePage } from './pages/transfer-destination/SchemePage.tsx';
import { ApplicationDetailPage } from './pages/transfer-application/ApplicationDetailPage.tsx';
import { MyApplicationsPage } from './pages/transfer-application/MyApplicationsPage.tsx';
import { MessagesPage } from './pages/messages/MessagesPage.tsx';
import { TransferApplicationPage } from './pages/transfer-application/TransferApplicationPage.tsx';
import { ApplicationDraftProvider } from './pages/transfer-application/application-draft.tsx';

/** The citizen portal's pages. */
export function App() {
  return (
    <LanguageProvider>
      <BrowserRouter>
        <AuthProvider>
          <Routes>
            {/* Staff sign-in, the admin console and the agency back office: their own header, with the staff session. */}
            <Route element={<StaffLayout />}>
              <Route path="staff">
                <Route path="sign-in" element={<StaffSignInPage />} />
                <Route path="activate" element={<ActivationPage />} />
                <Route path="password" element={<ChangePasswordPage />} />
              </Route>
              <Route path="admin">
                <Route index element={<AdminConsolePage />} />
                <Route path="staff-accounts" element={<StaffAccountsPage />} />
                <Route path="staff-accounts/new" element={<NewStaffAccountPage />} />
                <Route path="openings" element={<OpeningsSearchPage />} />
                <Route path="openings/:regionCode" element={<RegionOpeningsPage />} />
                <Route path="deadlines" element={<DeadlineSettingsPage />} />
                <Route path="security" element={<SecuritySettingsPage />} />
                <Route path="audit-log" element={<AuditLogPage />} />
              </Route>
              <Route path="agency">
                <Route index element={<WorkQueuesPage />} />
                <Route path="cases/:id" element={<CasePage />} />
                <Route path="supervision" element={<SupervisionPage />} />
                <Route path="cards" element={<CardTaskQueuePage />} />
                <Route path="cards/lookup" element={<CounterLookupPage />} />
                <Route path="cards/:personId/:cardId" element={<AgencyCardPage />} />
              </Route>
            </Route>
            {/* Around every page: an application's answers outlive a detour to prove it is you. */}
            <Route
              element={
                <ApplicationDraftProvider>
                  <Layout />
                </ApplicationDraftProvider>
              }
            >
              <Route index element={<HomePage />} />
              <Route path="transfer-destination">
                <Route index element={<SchemePage />} />
                <Route path="province" element={<ProvincePage />} />
                <Route path="city" element={<CityPage />} />
                <Route path="result" element={<ResultPage />} />
              </Route>
              <Route path="transfer-calculator" element={<CalculatorPage />} />
              <Route path="transfer-application" element={<TransferApplicationPage />} />
              <Route path="my-applications">
                <Route index element={<MyApplicationsPage />} />
                <Route path=":id" element={<ApplicationDetailPage />} />
              </Route>
              <Route path="messages" element={<MessagesPage />} />
              <Route path="my-cards">
                <Route index element={<MyCardsPage />} />
                <Route path="family" element={<FamilyPage />} />
                <Route path="family/add" element={<AddFamilyMemberPage />} />
                <Route path="ecards/:ecardId" element={<FamilyEcardPage />} />
                <Route path=":id" element={<CardPage />} />
                <Route path=":id/done" element={<CardDonePage />} />
                <Route path=":id/ecard" element={<EcardPage />} />
                <Route path=":id/:action" element={<CardActionPage />} />
              </Route>
              <Route path="ecard/verify" element={<VerifierPage />} />
              <Route path="sign-in">
                <Route index element={<PhonePage />} />
                <Route path="code" element={<CodePage />} />
              </Route>
              <Route path="account">
                <Route index element={<AccountPage />} />
                <Route path="identity" element={<BindIdentityPage />} />
                <Route path="verification">
                  <Route index element={<VerificationConsentPage />} />
                  <Route path="development" element={<DevelopmentFacePage />} />
                  <Route path="counter-code" element={<CounterCodePage />} />
                </Route>
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </AuthProvider>
      </BrowserRouter>
    </LanguageProvider>
  );
}
