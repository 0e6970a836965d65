import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterPack,
  ARCH,
  FUSE_SETTINGS,
  fuseConfig,
  needsAdHocResign,
  packedElectronBinary,
  type PackedApp,
} from '../../scripts/lib/fuses';

const root = path.resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 0x31;
const DISABLE = 0x30;

/** A stand-in for an Electron binary: filler, the fuse sentinel, version 1 and a wire of `states`. */
function fakeBinary(states: number[]): Buffer {
  return Buffer.concat([
    Buffer.alloc(64, 0x90),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, states.length, ...states]),
    Buffer.alloc(64, 0x90),
  ]);
}

describe('Electron fuses of the packaged app', () => {
  it('keeps every hardening fuse in its safe position', () => {
    expect(FUSE_SETTINGS).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('sets every fuse @electron/fuses knows, none left to inherit', () => {
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    const config = fuseConfig({ resetAdHocDarwinSignature: false }) as Record<string, unknown>;
    for (const fuse of known) expect(typeof config[fuse], FuseV1Options[fuse]).toBe('boolean');
  });

  describe('the afterPack hook', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'fuses-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('flips the fuses in the packed Linux binary and leaves newer fuses alone', async () => {
      // Electron 41's wire has nine fuses; the ninth (WasmTrapHandlers) is newer than @electron/fuses 1.8.
      const stock = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE, ENABLE];
      await writeFile(path.join(dir, 'adjuster-workstation'), fakeBinary(stock));
      await afterPack({
        appOutDir: dir,
        electronPlatformName: 'linux',
        arch: Arch.x64,
        packager: {
          appInfo: { productFilename: 'Adjuster Workstation' },
          executableName: 'adjuster-workstation',
        },
      });
      const wire = (await getCurrentFuseWire(path.join(dir, 'adjuster-workstation'))) as Record<
        number,
        number
      >;
      const flipped = Array.from({ length: 9 }, (_, i) => wire[i]);
      expect(flipped).toEqual([
        DISABLE, // RunAsNode
        ENABLE, // EnableCookieEncryption
        DISABLE, // EnableNodeOptionsEnvironmentVariable
        DISABLE, // EnableNodeCliInspectArguments
        ENABLE, // EnableEmbeddedAsarIntegrityValidation
        ENABLE, // OnlyLoadAppFromAsar
        DISABLE, // LoadBrowserProcessSpecificV8Snapshot
        DISABLE, // GrantFileProtocolExtraPrivileges
        ENABLE, // WasmTrapHandlers: untouched
      ]);
    });

    it('fails the build rather than ship a binary it could not fuse', async () => {
      const notElectron = path.join(dir, 'not-electron');
      await copyFile(path.join(root, 'package.json'), notElectron);
      await expect(
        afterPack({
          appOutDir: dir,
          electronPlatformName: 'linux',
          arch: Arch.x64,
          packager: { appInfo: { productFilename: 'x' }, executableName: 'not-electron' },
        }),
      ).rejects.toThrow(/sentinel/);
    });
  });

  it('finds the Electron binary on every platform it packages for', () => {
    const app = (electronPlatformName: string): PackedApp => ({
      appOutDir: '/out',
      electronPlatformName,
      arch: Arch.x64,
      packager: {
        appInfo: { productFilename: 'Adjuster Workstation' },
        executableName: 'adjuster-workstation',
      },
    });
    expect(packedElectronBinary(app('linux'))).toBe(path.join('/out', 'adjuster-workstation'));
    expect(packedElectronBinary(app('win32'))).toBe(path.join('/out', 'Adjuster Workstation.exe'));
    expect(packedElectronBinary(app('darwin'))).toBe(path.join('/out', 'Adjuster Workstation.app'));
  });

  it('re-signs ad hoc only on Apple silicon (and universal) Macs', () => {
    expect(ARCH).toEqual({ arm64: Arch.arm64, universal: Arch.universal });
    const app = (electronPlatformName: string, arch: number): PackedApp => ({
      appOutDir: '/out',
      electronPlatformName,
      arch,
      packager: { appInfo: { productFilename: 'x' } },
    });
    expect(needsAdHocResign(app('darwin', Arch.arm64))).toBe(true);
    expect(needsAdHocResign(app('darwin', Arch.x64))).toBe(false);
    expect(needsAdHocResign(app('linux', Arch.arm64))).toBe(false);
  });
});
