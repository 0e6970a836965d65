import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml checked without packaging (which needs the Electron
 * download): it must satisfy electron-builder's own schema and keep the
 * security-relevant settings.
 */

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
// electron-builder's own YAML reader and schema check (pinned with electron-builder 25.1.8).
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

interface BuilderConfig {
  asar?: boolean;
  afterPack?: string;
  icon?: string;
  asarUnpack?: string[];
  files?: string[];
  publish?: { provider?: string; url?: string };
  linux?: { target?: string[] };
  mac?: { target?: string[]; entitlements?: string };
  win?: { target?: string };
}

const config = yaml.load(
  readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packs the app into one asar and flips the fuses after packing', () => {
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('scripts/packaging/after-pack.mjs');
    expect(existsSync(path.join(root, config.afterPack ?? ''))).toBe(true);
  });

  it('ships the built app and the central service, without source maps', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!**/*.map']));
    expect(config.asarUnpack).toContain('node_modules/@electric-sql/pglite/**');
  });

  it('builds AppImage + deb, nsis and dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toContain('dmg');
  });

  it('has an icon large enough for every platform (macOS needs 512 px)', () => {
    const { width, height } = pngSize(path.join(root, config.icon ?? 'missing'));
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });

  it('publishes update metadata for a generic https feed', () => {
    expect(config.publish?.provider).toBe('generic');
    expect(config.publish?.url).toMatch(/^https:\/\//);
  });

  it('asks macOS for no entitlement beyond JIT and the camera', () => {
    const plist = readFileSync(path.join(root, config.mac?.entitlements ?? 'missing'), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.device.camera']);
  });
});
