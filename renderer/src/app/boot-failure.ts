/**
 * What the user sees when the workstation cannot start at all (its data key
 * or database is unavailable): plain DOM in both languages, because neither
 * React nor the translations may have loaded. Nothing is deleted; the
 * message says what failed so support can act on it.
 */
export function showBootFailure(error: unknown): void {
  const root = document.getElementById('root') ?? document.body;
  const detail = error instanceof Error ? error.message : String(error);
  const panel = document.createElement('div');
  panel.setAttribute('role', 'alert');
  panel.style.cssText =
    'font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 1.5rem; line-height: 1.6';
  const lines: [string, string][] = [
    ['h1', '工作台无法启动 · The workstation could not start'],
    [
      'p',
      '本机数据未被删除。请重启应用；如仍失败，请将以下信息提供给技术支持。 Nothing on this device was deleted. Restart the app; if it fails again, give the message below to support.',
    ],
    ['pre', detail],
  ];
  for (const [tag, text] of lines) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (tag === 'pre') element.style.whiteSpace = 'pre-wrap';
    panel.append(element);
  }
  root.replaceChildren(panel);
}
