import { CssBaseline, ThemeProvider } from '@mui/material';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { savePreference, type Preferences } from '../data/preferences';
import type { Language } from './i18n';
import { createAppTheme, type ThemeMode } from './theme';

interface PreferencesContextValue extends Preferences {
  setLanguage(language: Language): void;
  setThemeMode(mode: ThemeMode): void;
  setAutoLockMinutes(minutes: number): void;
}

const PreferencesContext = createContext<PreferencesContextValue | null>(null);

/** Language, theme and auto-lock, changeable at run time and remembered on this device. */
export function PreferencesProvider({
  initial,
  children,
}: {
  initial: Preferences;
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  const [language, setLanguageState] = useState<Language>(initial.language);
  const [themeMode, setThemeModeState] = useState<ThemeMode>(initial.themeMode);
  const [autoLockMinutes, setAutoLockState] = useState(initial.autoLockMinutes);

  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      void i18n.changeLanguage(next);
      void savePreference('language', next);
    },
    [i18n],
  );
  const setThemeMode = useCallback((next: ThemeMode) => {
    setThemeModeState(next);
    void savePreference('themeMode', next);
  }, []);
  const setAutoLockMinutes = useCallback((next: number) => {
    setAutoLockState(next);
    void savePreference('autoLockMinutes', next);
  }, []);

  const theme = useMemo(() => createAppTheme(themeMode, language), [themeMode, language]);
  const value = useMemo(
    () => ({
      language,
      themeMode,
      autoLockMinutes,
      setLanguage,
      setThemeMode,
      setAutoLockMinutes,
    }),
    [language, themeMode, autoLockMinutes, setLanguage, setThemeMode, setAutoLockMinutes],
  );

  return (
    <PreferencesContext.Provider value={value}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): PreferencesContextValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences must be used inside PreferencesProvider');
  return value;
}
