import { isOnline, onOnlineChange } from './online';
import type { Platform, PickedFile } from './platform';

const TOKEN_KEY = 'workstation.session';

/** Browser mode: the page is served by the central service itself. */
export function createWebPlatform(): Platform {
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
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    setCentralUrl: null,
    // The tab's session storage: a reload keeps the user signed in, closing the tab does not.
    tokens: {
      load: async () => sessionStorage.getItem(TOKEN_KEY),
      store: async (token) => sessionStorage.setItem(TOKEN_KEY, token),
      clear: async () => sessionStorage.removeItem(TOKEN_KEY),
    },
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
