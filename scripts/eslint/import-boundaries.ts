import path from 'node:path';
import type { Rule } from 'eslint';

/**
 * Keeps the layers honest (architecture §2): who may import whom is decided
 * by where a file lives, and every import is checked — static, re-export and
 * dynamic. Packages are checked too: shared/ stays pure TypeScript and the
 * sandboxed preload may load nothing but Electron.
 */

type Layer = 'shared' | 'renderer' | 'electron-main' | 'preload' | 'server' | 'free';

const ROOT = path.resolve(import.meta.dirname, '../..');

function layerOf(file: string): Layer {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('electron/preload/')) return 'preload';
  if (rel.startsWith('electron/')) return 'electron-main';
  if (rel.startsWith('server/')) return 'server';
  return 'free';
}

const MAY_IMPORT: Record<Exclude<Layer, 'free'>, readonly Layer[]> = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  'electron-main': ['electron-main', 'shared'],
  preload: ['preload', 'shared'],
  server: ['server', 'shared'],
};

/** shared/ runs everywhere: only platform-free packages. */
const SHARED_PACKAGES = new Set(['zod', 'vitest', 'fast-check']);
const NODE_BUILTINS = new Set([
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
]);

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function isNodeBuiltin(name: string): boolean {
  return name.startsWith('node:') || NODE_BUILTINS.has(name.split('/')[0] ?? name);
}

function checkPackage(layer: Layer, specifier: string): string | null {
  const name = packageName(specifier);
  switch (layer) {
    case 'shared':
      return SHARED_PACKAGES.has(name)
        ? null
        : `shared/ may import only ${[...SHARED_PACKAGES].join(', ')}; "${specifier}" ties it to one platform`;
    case 'renderer':
      if (name === 'electron')
        return 'renderer/ may not import electron: go through renderer/src/platform and window.api';
      if (isNodeBuiltin(name))
        return `renderer/ runs in a sandboxed page and may not import "${specifier}"`;
      return null;
    case 'preload':
      return name === 'electron'
        ? null
        : `the sandboxed preload may import only electron and shared/ipc, not "${specifier}"`;
    case 'server':
      return ['electron', 'react', 'react-dom', 'dexie'].includes(name)
        ? `server/ may not import "${specifier}"`
        : null;
    default:
      return null;
  }
}

function checkPath(layer: Layer, target: string): string | null {
  if (layer === 'free') return null;
  const targetLayer = layerOf(target);
  const rel = path.relative(ROOT, target).split(path.sep).join('/');
  if (targetLayer === 'free') {
    return rel.startsWith('..') || rel.startsWith('node_modules')
      ? null
      : `${layer} code may not import ${rel}`;
  }
  if (!MAY_IMPORT[layer].includes(targetLayer))
    return `${layer} code may not import ${targetLayer} code (${rel})`;
  if (layer === 'preload' && targetLayer === 'shared' && !rel.startsWith('shared/ipc/')) {
    return `the preload may import only shared/ipc, not ${rel}`;
  }
  return null;
}

export const importBoundaries: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Enforce the import boundaries between shared, renderer, electron and server code',
    },
    schema: [],
    messages: { crossing: '{{reason}}' },
  },
  create(context) {
    const file = context.filename;
    const layer = layerOf(file);
    if (layer === 'free') return {};

    function check(node: Rule.Node, source: unknown): void {
      if (typeof source !== 'string') return;
      let reason: string | null;
      if (source === '@shared' || source.startsWith('@shared/')) {
        reason = checkPath(layer, path.join(ROOT, 'shared', source.slice('@shared'.length)));
      } else if (source.startsWith('.')) {
        reason = checkPath(layer, path.resolve(path.dirname(file), source));
      } else if (source.startsWith('/')) {
        reason = checkPath(layer, source);
      } else {
        reason = checkPackage(layer, source);
      }
      if (reason) context.report({ node, messageId: 'crossing', data: { reason } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) =>
        check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};
