/** Browser online/offline events, the same in Electron and browser mode. */
export function isOnline(): boolean {
  return navigator.onLine;
}

export function onOnlineChange(listener: (online: boolean) => void): () => void {
  const up = () => listener(true);
  const down = () => listener(false);
  window.addEventListener('online', up);
  window.addEventListener('offline', down);
  return () => {
    window.removeEventListener('online', up);
    window.removeEventListener('offline', down);
  };
}
