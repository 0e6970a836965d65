import type { PickedFile } from '../../platform/platform';

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  webp: 'image/webp',
};

export const ATTACHABLE_EXTENSIONS = Object.keys(MEDIA_TYPES);

/** Files from the desktop's file dialog as the page's File objects, typed by their extension. */
export function filesFromPicked(picked: readonly PickedFile[]): File[] {
  return picked.map((p) => {
    const extension = p.name.split('.').pop()?.toLowerCase() ?? '';
    return new File([p.bytes as BlobPart], p.name, { type: MEDIA_TYPES[extension] ?? '' });
  });
}
