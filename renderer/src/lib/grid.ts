import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import {
  AllCommunityModule,
  colorSchemeDarkBlue,
  colorSchemeLight,
  ModuleRegistry,
  themeQuartz,
} from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

const FONT = { googleFont: undefined, fontFamily: 'inherit' } as const;

/** The grid's look follows the app theme; fonts come from the page, never from the network. */
export function gridTheme(mode: 'light' | 'dark') {
  return themeQuartz
    .withPart(mode === 'dark' ? colorSchemeDarkBlue : colorSchemeLight)
    .withParams({ fontFamily: FONT.fontFamily, fontSize: 13, headerFontWeight: 600, spacing: 6 });
}

export function gridLocale(language: 'zh-CN' | 'en'): Record<string, string> {
  return language === 'zh-CN' ? AG_GRID_LOCALE_CN : AG_GRID_LOCALE_EN;
}
