import path from 'node:path';
import { build } from 'vite';
import { ROOT } from '../../../scripts/lib/run';

const OUT = path.join(ROOT, 'node_modules', '.cache', 'bench-queue');
const HERE = path.join(ROOT, 'tests', 'bench', 'queue');

export interface Bundles {
  /** watch.ts: the init script of every page. */
  watch: string;
  /** tools.ts: added to /health only. */
  tools: string;
}

/**
 * Each in-page script as one classic (IIFE) file: an init script and
 * Playwright's addScriptTag take a plain script, not a module graph.
 */
async function bundle(name: keyof Bundles): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: HERE,
    resolve: { alias: { '@shared': path.join(ROOT, 'shared') } },
    // Library mode leaves process.env alone; the page has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: OUT,
      emptyOutDir: false,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      lib: {
        entry: path.join(HERE, `${name}.ts`),
        formats: ['iife'],
        name: `queueBench_${name}`,
        fileName: () => `${name}.js`,
      },
    },
  });
  return path.join(OUT, `${name}.js`);
}

export async function buildBundles(): Promise<Bundles> {
  return { watch: await bundle('watch'), tools: await bundle('tools') };
}
