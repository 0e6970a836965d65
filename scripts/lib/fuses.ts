import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * Electron's fuses for the packaged app — switches baked into the binary that
 * no command line, environment variable or script can flip back. Packaging
 * writes them (afterPack below, run by electron-builder through
 * scripts/packaging/after-pack.mjs); tests/lint/fuses.test.ts fails if any of
 * them is loosened.
 *
 * Every fuse @electron/fuses 1.8 knows is set explicitly (the Record type
 * makes leaving one out a type error). Fuses newer than that package (e.g.
 * WasmTrapHandlers, Electron 35+) keep Electron's default.
 */
export const FUSE_SETTINGS: Readonly<Record<FuseV1Options, boolean>> = {
  // The binary can never run as plain Node (ELECTRON_RUN_AS_NODE): that would
  // be a signed Node interpreter for anyone's script. Main starts the central
  // service with utilityProcess, which does not need it.
  [FuseV1Options.RunAsNode]: false,
  // Cookies (the central service's session) encrypted at rest with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS cannot inject code or flags into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends cannot open a debugger on main.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash written at packaging (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded: no app/ folder planted beside it takes over.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // One V8 snapshot for all processes (Electron's default), stated explicitly.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app:// (electron/main/app-protocol.ts), never
  // file://, so file: pages need none of their legacy privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The config @electron/fuses' flipFuses takes. */
export function fuseConfig(options: { resetAdHocDarwinSignature: boolean }): FuseV1Config {
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: options.resetAdHocDarwinSignature,
    ...FUSE_SETTINGS,
  };
}

/** builder-util's Arch enum values used here (electron-builder passes the number). */
export const ARCH = { arm64: 3, universal: 4 } as const;

/** The slice of electron-builder's AfterPackContext the fuse step reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** The Electron binary inside a packed (not yet installed) app, per platform. */
export function packedElectronBinary(app: PackedApp): string {
  const { productFilename } = app.packager.appInfo;
  switch (app.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(app.appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(app.appOutDir, `${productFilename}.exe`);
    case 'linux':
      if (!app.packager.executableName)
        throw new Error('electron-builder gave no Linux executable name');
      return path.join(app.appOutDir, app.packager.executableName);
    default:
      throw new Error(`No fuse step for platform "${app.electronPlatformName}"`);
  }
}

/**
 * macOS on Apple silicon refuses a binary whose ad-hoc signature no longer
 * matches, so after flipping fuses it is re-signed ad hoc (electron-builder
 * signs properly afterwards when a certificate is configured).
 */
export function needsAdHocResign(app: PackedApp): boolean {
  const mac = app.electronPlatformName === 'darwin' || app.electronPlatformName === 'mas';
  return mac && (app.arch === ARCH.arm64 || app.arch === ARCH.universal);
}

/**
 * electron-builder's afterPack hook: flips FUSE_SETTINGS in the packed
 * Electron binary. It runs after electron-builder has written the asar
 * integrity hash and before it signs, so the signature covers the fuses. A
 * binary that cannot be fused fails the build.
 */
export async function afterPack(context: PackedApp): Promise<void> {
  const binary = packedElectronBinary(context);
  await flipFuses(binary, fuseConfig({ resetAdHocDarwinSignature: needsAdHocResign(context) }));
  console.log(`  • fuses flipped in ${binary}`);
}
