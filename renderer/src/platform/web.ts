import { isOnline, onOnlineChange } from './online';
import type { Platform, PickedFile } from './platform';
import { createWebVault } from './web-vault';

const TOKEN_KEY = 'workstation.session';

/** Browser mode: the page is served by the central service itself. */
export function createWebPlatform(): Platform {
  const vault = createWebVault();
  // Taken before the navigation guard wraps window.open: this is the guard's own way out.
  const openWindow = window.open.bind(window);
  return {
    kind: 'web',
    appInfo: async () => ({
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0-dev',
      centralUrl: window.location.origin,
      embeddedCentral: false,
    }),
    openFiles: (options) =>
      pickFiles(
        options.filters.flatMap((f) => f.extensions),
        options.multiple,
      ),
    async saveFile(suggestedName, bytes) {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: suggestedName,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    async printToPdf() {
      window.print();
      return null;
    },
    async notify(title, body) {
      if (!('Notification' in window) || Notification.permission !== 'granted') return false;
      new Notification(title, { body });
      return true;
    },
    async openExternal(url) {
      openWindow(url, '_blank', 'noopener,noreferrer');
    },
    setCentralUrl: null,
    // The tab's session storage, sealed by the vault: a reload keeps the user
    // signed in, closing the tab does not, and the stored form is ciphertext.
    tokens: {
      async load() {
        const sealed = sessionStorage.getItem(TOKEN_KEY);
        return sealed === null ? null : vault.open(sealed).catch(() => null);
      },
      store: async (token) => sessionStorage.setItem(TOKEN_KEY, await vault.seal(token)),
      clear: async () => sessionStorage.removeItem(TOKEN_KEY),
    },
    dataKey: () => vault.dataKey(),
    journal: null,
    isOnline,
    onOnlineChange,
  };
}

function pickFiles(extensions: string[], multiple: boolean): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      multiple,
      accept: extensions
        .filter((e) => e !== '*')
        .map((e) => `.${e}`)
        .join(','),
    });
    input.addEventListener('change', async () => {
      const files = Array.from(input.files ?? []);
      resolve(
        await Promise.all(
          files.map(async (file) => ({
            name: file.name,
            bytes: new Uint8Array(await file.arrayBuffer()),
          })),
        ),
      );
    });
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}
