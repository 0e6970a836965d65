import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import DirectionsCarOutlined from '@mui/icons-material/DirectionsCarOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import {
  AppBar,
  Box,
  Drawer,
  IconButton,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Stack,
  Toolbar,
  Tooltip,
  Typography,
} from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import type { Role } from '@shared/domain/roles';
import { usePreferences } from './preferences-context';
import { useSession, useSignedInUser } from './session-context';
import { database } from '../data/db';
import { CaseAlerts } from '../features/alerts/CaseAlerts';
import { useLock } from '../features/lock/lock-context';
import { QueueRowsProvider } from '../features/queue/queue-rows-context';
import { SyncIndicator } from '../features/sync/SyncIndicator';

const DRAWER_WIDTH = 212;

type NavKey = 'queue' | 'supervisor' | 'case' | 'field' | 'sync' | 'settings';

const NAV: { key: NavKey; path: string; icon: ReactElement; roles?: Role[] }[] = [
  { key: 'queue', path: '/queue', icon: <AssignmentIndOutlined /> },
  {
    key: 'supervisor',
    path: '/supervisor',
    icon: <GroupsOutlined />,
    roles: ['supervisor', 'admin'],
  },
  { key: 'case', path: '/cases', icon: <DescriptionOutlined /> },
  { key: 'field', path: '/field', icon: <DirectionsCarOutlined /> },
  { key: 'sync', path: '/sync', icon: <SyncOutlined /> },
  { key: 'settings', path: '/settings', icon: <SettingsOutlined /> },
];

/** The frame every signed-in screen lives in: top bar, navigation, content. */
export function AppShell() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { signOut } = useSession();
  const { lock } = useLock();
  const { language, setLanguage, themeMode, setThemeMode } = usePreferences();
  const confirmSignOut = async () => {
    const pending = await database.outbox.count();
    // Unsynced changes stay on this device for this user; say so before they leave.
    if (pending > 0 && !window.confirm(t('syncStatus.signOutWithPending', { count: pending })))
      return;
    await signOut();
  };
  const location = useLocation();

  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar
        position="fixed"
        color="inherit"
        sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar variant="dense" sx={{ gap: 1.5 }}>
          <Typography variant="h6" component="h1" sx={{ fontWeight: 700, fontSize: 17 }}>
            {t('app.title')}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <SyncIndicator />
          <Tooltip title={t('common.switchLanguage')}>
            <IconButton
              aria-label={t('common.switchLanguage')}
              data-testid="toggle-language"
              onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}
            >
              <TranslateOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={themeMode === 'light' ? t('common.darkMode') : t('common.lightMode')}>
            <IconButton
              aria-label={themeMode === 'light' ? t('common.darkMode') : t('common.lightMode')}
              data-testid="toggle-theme"
              onClick={() => setThemeMode(themeMode === 'light' ? 'dark' : 'light')}
            >
              {themeMode === 'light' ? (
                <DarkModeOutlined fontSize="small" />
              ) : (
                <LightModeOutlined fontSize="small" />
              )}
            </IconButton>
          </Tooltip>
          <Stack sx={{ lineHeight: 1.1, textAlign: 'right' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="current-user">
              {user.displayName}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t(`roles.${user.role}`)}
              {user.teamName ? ` · ${user.teamName}` : ''}
            </Typography>
          </Stack>
          <Tooltip title={t('lock.lockNow')}>
            <IconButton aria-label={t('lock.lockNow')} data-testid="lock-now" onClick={lock}>
              <LockOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={t('common.signOut')}>
            <IconButton
              aria-label={t('common.signOut')}
              data-testid="sign-out"
              onClick={() => void confirmSignOut()}
            >
              <LogoutOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        <List component="nav" aria-label={t('nav.mainMenu')} dense>
          {NAV.filter((item) => !item.roles || item.roles.includes(user.role)).map((item) => (
            <ListItemButton
              key={item.key}
              component={NavLink}
              to={item.path}
              data-testid={`nav-${item.key}`}
              selected={location.pathname.startsWith(item.path)}
              sx={{ mx: 1, borderRadius: 1 }}
            >
              <ListItemIcon sx={{ minWidth: 36 }}>{item.icon}</ListItemIcon>
              <ListItemText primary={t(`nav.${item.key}`)} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box
        component="main"
        id="main"
        sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Toolbar variant="dense" />
        <Box sx={{ flexGrow: 1, minHeight: 0, p: 2.5, overflow: 'auto' }}>
          <QueueRowsProvider>
            <Outlet />
            <CaseAlerts />
          </QueueRowsProvider>
        </Box>
      </Box>
    </Box>
  );
}
