import { isDocumentType } from '@shared/domain/document-types';

/** Photo types that show a scene, not a paper: nothing printed to read. */
const SCENE_TYPES = new Set(['damage-photo', 'scene-photo', 'other']);

/**
 * Whether a photo is of a paper (an invoice, an ID card, a licence) and so
 * worth reading by OCR. Only a type the adjuster confirmed counts: an
 * unconfirmed photo is taken for a scene photo.
 */
export function isPaperPhoto(docType: string | null): boolean {
  return docType !== null && isDocumentType(docType) && !SCENE_TYPES.has(docType);
}
