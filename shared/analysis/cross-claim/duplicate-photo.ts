import { hammingDistance } from '../dhash';
import { finding } from '../detectors/finding';
import type { Finding } from '../facts';
import { filedBefore } from './duplicate-invoice';
import type { DocumentPrint } from './prints';
import { CROSS_CLAIM_THRESHOLDS } from './thresholds';

/**
 * A photo that is, to the eye, one filed on another claim before: the same
 * damage shown for two losses. The nearest earlier photo is named.
 */
export function duplicatePhoto(print: DocumentPrint, earlier: readonly DocumentPrint[]): Finding[] {
  const hash = print.dHash;
  if (!hash) return [];
  let nearest: { print: DocumentPrint; distance: number } | null = null;
  for (const other of earlier) {
    if (!other.dHash || other.caseId === print.caseId || !filedBefore(other, print)) continue;
    const distance = hammingDistance(hash, other.dHash);
    if (distance > CROSS_CLAIM_THRESHOLDS.photoMaxDistance) continue;
    if (!nearest || distance < nearest.distance) nearest = { print: other, distance };
  }
  if (!nearest) return [];
  const original = nearest.print;
  return [
    finding(
      'duplicate-photo',
      nearest.distance <= 2 ? 'high' : 'medium',
      print.documentId,
      { page: null, region: null },
      {
        hashDistance: nearest.distance,
        dHash: hash,
        originalCaseId: original.caseId,
        originalCaseNumber: original.caseNumber,
        originalDocumentId: original.documentId,
      },
      `这张照片与案件 ${original.caseNumber} 中的一张照片几乎相同（64 位感知哈希相差 ${nearest.distance} 位）：` +
        '同一损失的照片可能被用于另一起索赔，请对比两张照片。',
      `This photo is nearly identical to one on case ${original.caseNumber} ` +
        `(perceptual hashes ${nearest.distance} of 64 bits apart): ` +
        'the same damage may be claimed twice; compare the two photos.',
    ),
  ];
}
