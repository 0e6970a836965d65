import { Navigate, createBrowserRouter } from 'react-router';
import { AppShell } from './AppShell';
import { HomeRedirect } from './HomeRedirect';
import { RouteError } from './RouteError';

/** Areas load on first visit, so sign-in paints without the grid and viewer code. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          path: 'queue',
          lazy: async () => ({
            Component: (await import('../features/queue/QueuePage')).QueuePage,
          }),
        },
        {
          path: 'supervisor',
          lazy: async () => ({
            Component: (await import('../features/supervisor/SupervisorPage')).SupervisorPage,
          }),
        },
        {
          path: 'cases',
          lazy: async () => ({ Component: (await import('../features/case/CasePage')).CasePage }),
        },
        {
          path: 'cases/:caseId',
          lazy: async () => ({ Component: (await import('../features/case/CasePage')).CasePage }),
        },
        {
          path: 'field',
          lazy: async () => ({
            Component: (await import('../features/field/FieldPage')).FieldPage,
          }),
        },
        {
          path: 'field/:caseId',
          lazy: async () => ({
            Component: (await import('../features/field/SiteSurveyPage')).SiteSurveyPage,
          }),
        },
        {
          path: 'sync',
          lazy: async () => ({ Component: (await import('../features/sync/SyncPage')).SyncPage }),
        },
        {
          path: 'settings',
          lazy: async () => ({
            Component: (await import('../features/settings/SettingsPage')).SettingsPage,
          }),
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
}
