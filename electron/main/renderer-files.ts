import path from 'node:path';

/**
 * Maps an app:// path to a file of the built renderer. Paths that escape the
 * renderer folder are refused; client-side routes fall back to index.html.
 */
export function resolveRendererFile(
  rendererDir: string,
  urlPath: string,
  isFile: (file: string) => boolean,
): { file: string } | { forbidden: true } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { forbidden: true };
  }
  const root = path.resolve(rendererDir);
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return { forbidden: true };
  if (candidate !== root && isFile(candidate)) return { file: candidate };
  return { file: path.join(root, 'index.html') };
}
