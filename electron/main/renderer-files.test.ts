import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from './renderer-files';

const root = path.resolve('/opt/app/renderer');
const existing = new Set([path.join(root, 'index.html'), path.join(root, 'assets', 'app.js')]);
const isFile = (file: string) => existing.has(file);

describe('resolveRendererFile', () => {
  it('serves a built asset', () => {
    expect(resolveRendererFile(root, '/assets/app.js', isFile)).toEqual({
      file: path.join(root, 'assets', 'app.js'),
    });
  });

  it('falls back to index.html for client-side routes', () => {
    expect(resolveRendererFile(root, '/cases/123', isFile)).toEqual({
      file: path.join(root, 'index.html'),
    });
  });

  it('cannot be walked out of the renderer folder', () => {
    const result = resolveRendererFile(root, '/%2e%2e/%2e%2e/etc/passwd', isFile);
    expect('file' in result ? result.file.startsWith(root) : true).toBe(true);
    expect(resolveRendererFile(root, '/%E0%A4%A', isFile)).toEqual({ forbidden: true });
  });
});
