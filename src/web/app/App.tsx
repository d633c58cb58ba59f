import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { AnnouncerProvider } from "../components/announcer.tsx";
import { ApiError } from "../components/api-client.ts";
import { AccessibilityStatementPage } from "../features/accessibility/AccessibilityStatementPage.tsx";
import { AccountPage } from "../features/account/AccountPage.tsx";
import { PrivacyStatementPage } from "../features/account/PrivacyStatementPage.tsx";
import { AuditPage } from "../features/audit/AuditPage.tsx";
import { LoginPage } from "../features/auth/LoginPage.tsx";
import { CriteriaPage } from "../features/delimitation/CriteriaPage.tsx";
import { DelimitationItemPage } from "../features/delimitation/DelimitationItemPage.tsx";
import { DelimitationPage } from "../features/delimitation/DelimitationPage.tsx";
import { QuickCheckPage } from "../features/delimitation/QuickCheckPage.tsx";
import { SettingsPage } from "../features/delimitation/SettingsPage.tsx";
import { SummaryPage } from "../features/delimitation/SummaryPage.tsx";
import { ExpectationPage } from "../features/expectations/ExpectationPage.tsx";
import { ExpectationsPage } from "../features/expectations/ExpectationsPage.tsx";
import { LoadPage } from "../features/expectations/LoadPage.tsx";
import { AreasPage } from "../features/inventory/AreasPage.tsx";
import { ImportPage } from "../features/inventory/ImportPage.tsx";
import { InventoryPage } from "../features/inventory/InventoryPage.tsx";
import { ItemFormPage } from "../features/inventory/ItemFormPage.tsx";
import { ItemPage } from "../features/inventory/ItemPage.tsx";
import { InvitePage } from "../features/invites/InvitePage.tsx";
import { MembersPage } from "../features/members/MembersPage.tsx";
import { PrintReportPage } from "../features/reports/PrintReportPage.tsx";
import { ReportsPage } from "../features/reports/ReportsPage.tsx";
import { PresenterPage } from "../features/sessions/PresenterPage.tsx";
import { SessionControlPage } from "../features/sessions/SessionControlPage.tsx";
import { SessionsPage } from "../features/sessions/SessionsPage.tsx";
import { SpheresPage } from "../features/spheres/SpheresPage.tsx";
import { ActionsPage } from "../features/strengthening/ActionsPage.tsx";
import { IndicatorsPage } from "../features/strengthening/IndicatorsPage.tsx";
import { SnapshotsPage } from "../features/strengthening/SnapshotsPage.tsx";
import { StrengtheningPage } from "../features/strengthening/StrengtheningPage.tsx";
import { ThemeSettingsPage } from "../features/theme/ThemeSettingsPage.tsx";
import { WorkspaceHome } from "../features/workspaces/WorkspaceHome.tsx";
import { WorkspaceLayout } from "../features/workspaces/WorkspaceLayout.tsx";
import { WorkspacesPage } from "../features/workspaces/WorkspacesPage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { RequireSession } from "./RequireSession.tsx";
import { Shell } from "./Shell.tsx";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/werkruimtes" replace /> },
      { path: "inloggen", element: <LoginPage /> },
      { path: "toegankelijkheid", element: <AccessibilityStatementPage /> },
      { path: "privacy", element: <PrivacyStatementPage /> },
      { path: "uitnodiging/:token", element: <InvitePage /> },
      {
        element: <RequireSession />,
        children: [
          { path: "werkruimtes", element: <WorkspacesPage /> },
          { path: "account", element: <AccountPage /> },
          {
            path: "w/:slug",
            element: <WorkspaceLayout />,
            children: [
              { index: true, element: <WorkspaceHome /> },
              { path: "leden", element: <MembersPage /> },
              { path: "logboek", element: <AuditPage /> },
              { path: "huisstijl", element: <ThemeSettingsPage /> },
              { path: "inventaris", element: <InventoryPage /> },
              { path: "inventaris/nieuw", element: <ItemFormPage /> },
              { path: "inventaris/importeren", element: <ImportPage /> },
              { path: "inventaris/gebieden", element: <AreasPage /> },
              { path: "inventaris/:itemId", element: <ItemPage /> },
              { path: "inventaris/:itemId/bewerken", element: <ItemFormPage /> },
              { path: "sferen", element: <SpheresPage /> },
              { path: "afbakening", element: <DelimitationPage /> },
              { path: "afbakening/onze-sociale-basis", element: <SummaryPage /> },
              { path: "afbakening/snelle-toets", element: <QuickCheckPage /> },
              { path: "afbakening/criteria", element: <CriteriaPage /> },
              { path: "afbakening/instellingen", element: <SettingsPage /> },
              { path: "verwachtingen", element: <ExpectationsPage /> },
              { path: "verwachtingen/belasting", element: <LoadPage /> },
              { path: "verwachtingen/:expectationId", element: <ExpectationPage /> },
              { path: "afbakening/:itemId", element: <DelimitationItemPage /> },
              { path: "bijeenkomsten", element: <SessionsPage /> },
              { path: "bijeenkomsten/:sessionId", element: <SessionControlPage /> },
              { path: "versterken", element: <StrengtheningPage /> },
              { path: "versterken/acties", element: <ActionsPage /> },
              { path: "versterken/indicatoren", element: <IndicatorsPage /> },
              { path: "versterken/momentopnames", element: <SnapshotsPage /> },
              { path: "rapporten", element: <ReportsPage /> },
              { path: "rapporten/afdrukken", element: <PrintReportPage /> },
            ],
          },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
  {
    // The presenter screen has no site header, footer or navigation: it fills a projector.
    element: <RequireSession />,
    children: [{ path: "w/:slug/bijeenkomsten/:sessionId/scherm", element: <PresenterPage /> }],
  },
]);

export function App() {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AnnouncerProvider>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
