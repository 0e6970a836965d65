import { useEffect, useState } from 'react';
import { database } from '../../../data/db';

/** An object URL for a photo's thumbnail made on this device, released when no longer shown. */
export function useThumbnail(sha256: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    void database.thumbnails.get(sha256).then((row) => {
      if (!live || !row) return;
      made = URL.createObjectURL(row.bytes);
      setUrl(made);
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [sha256]);
  return url;
}
