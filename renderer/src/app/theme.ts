import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Language } from './i18n';

export type ThemeMode = 'light' | 'dark';

const FONT_STACK = [
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  'sans-serif',
].join(', ');

/** One theme for both modes; dense, because adjusters read many rows a day. */
export function createAppTheme(mode: ThemeMode, language: Language): Theme {
  return createTheme(
    {
      palette: {
        mode,
        primary: { main: mode === 'light' ? '#1d4ed8' : '#7aa2ff' },
        secondary: { main: mode === 'light' ? '#0f766e' : '#5eead4' },
        background:
          mode === 'light'
            ? { default: '#f4f6fa', paper: '#ffffff' }
            : { default: '#0f1420', paper: '#171e2e' },
      },
      shape: { borderRadius: 8 },
      typography: { fontFamily: FONT_STACK, fontSize: 14 },
      components: {
        MuiButton: {
          defaultProps: { disableElevation: true },
          styleOverrides: { root: { textTransform: 'none' } },
        },
        MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
        MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
        MuiTooltip: { defaultProps: { arrow: true } },
      },
    },
    language === 'zh-CN' ? zhCN : enUS,
  );
}
