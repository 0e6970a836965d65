import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { ocrAssets } from './scripts/lib/ocr-assets';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const alias = { '@shared': path('./shared') };
const { version } = JSON.parse(readFileSync(path('./package.json'), 'utf8')) as { version: string };

/** Lists every built file, so browser mode's service worker can keep the whole app for offline use. */
function assetManifest(): Plugin {
  return {
    name: 'asset-manifest',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter(
          (file) => !file.endsWith('.map') && file !== 'service-worker.js' && file !== 'index.html',
        )
        .map((file) => `/${file}`);
      this.emitFile({
        type: 'asset',
        fileName: 'asset-manifest.json',
        source: JSON.stringify(files),
      });
    },
  };
}

/**
 * Absolute asset paths, so a deep link such as /cases/123 reloads (browser
 * mode's fallback serves index.html there). electron-vite forces './' for
 * production renderers; app:// is a standard scheme, so '/' works there too.
 */
function absoluteBase(): Plugin {
  return { name: 'absolute-base', enforce: 'post', config: () => ({ base: '/' }) };
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: path('./electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or npm packages: one CommonJS file.
      rollupOptions: {
        input: { index: path('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path('./renderer'),
    resolve: { alias },
    // ocrAssets before assetManifest: OCR files are listed for offline use like any other.
    plugins: [react(), ocrAssets(), assetManifest(), absoluteBase()],
    // Workers are started as modules; the extraction worker's pdf.js and tesseract.js are large and shared.
    worker: { format: 'es' },
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: {
      outDir: path('./out/renderer'),
      target: 'es2022',
      chunkSizeWarningLimit: 2500,
      rollupOptions: {
        input: {
          index: path('./renderer/index.html'),
          'service-worker': path('./renderer/sw/service-worker.ts'),
        },
        // The service worker must keep a stable name at the site root to control every page.
        output: {
          entryFileNames: (chunk) =>
            chunk.name === 'service-worker' ? 'service-worker.js' : 'assets/[name]-[hash].js',
        },
      },
    },
  },
});
