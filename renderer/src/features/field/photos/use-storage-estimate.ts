import { useEffect, useState } from 'react';

export interface StorageEstimate {
  used: number;
  quota: number;
}

/** How much of the device's storage the app uses, refreshed whenever `key` changes. */
export function useStorageEstimate(key: unknown): StorageEstimate | null {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    let live = true;
    void navigator.storage
      ?.estimate?.()
      .then((e) => {
        if (live) setEstimate({ used: e.usage ?? 0, quota: e.quota ?? 0 });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  return estimate;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
