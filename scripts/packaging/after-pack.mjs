// electron-builder's afterPack hook (electron-builder.yml). electron-builder
// loads hooks with import()/require and cannot read TypeScript, so this shim
// loads the typed hook in scripts/lib/fuses.ts through tsx, a devDependency
// present wherever `npm run dist:*` runs.
import { tsImport } from 'tsx/esm/api';

const fuses = await tsImport('../lib/fuses.ts', import.meta.url);

export const afterPack = fuses.afterPack;
export default afterPack;
