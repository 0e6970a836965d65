import type { Severity } from '../anomaly-kinds';
import { dateTimeEn, dateTimeZh, isoDateTime } from './china-time';
import { editingToolIn } from './editing-tools';
import { type DocumentDetector, daysEn, finding, NOWHERE } from './finding';
import { DAY_MS, HOUR_MS, THRESHOLDS } from './thresholds';

/**
 * What a PDF says about its own history. An issued document is saved once;
 * a later save, an editor's name, or revisions appended to the file mean
 * someone changed it after issue. None of these proves a forgery (scanning
 * apps, signatures and archive tools also save), so the adjuster compares
 * the file with the original.
 */
export const pdfModifiedAfterCreation: DocumentDetector = (doc) => {
  if (doc.kind !== 'pdf') return [];
  const { creationDate: created, modDate: modified } = doc.info;
  if (created === null || modified === null) return [];
  const later = modified - created;
  if (later <= THRESHOLDS.modifiedAfterCreationMs) return [];
  const days = Math.floor(later / DAY_MS);
  return [
    finding(
      'pdf-modified-after-creation',
      days >= 30 ? 'high' : 'medium',
      doc.documentId,
      NOWHERE,
      {
        creationDate: isoDateTime(created),
        modDate: isoDateTime(modified),
        daysBetween: days,
        hoursBetween: Math.round(later / HOUR_MS),
      },
      `文件创建于 ${dateTimeZh(created)}，却在 ${dateTimeZh(modified)} 被再次修改（相隔 ${days} 天）：` +
        '出具后的单证不应再被改动，请与原件核对内容。',
      `The file was created on ${dateTimeEn(created)} but modified on ${dateTimeEn(modified)}, ` +
        `${daysEn(days)} later: an issued document should not change afterwards; compare it with the original.`,
    ),
  ];
};

export const pdfEditingProducer: DocumentDetector = (doc) => {
  if (doc.kind !== 'pdf') return [];
  const { producer, creator } = doc.info;
  const byProducer = editingToolIn(producer);
  const tool = byProducer ?? editingToolIn(creator);
  if (!tool) return [];
  const field = byProducer ? 'Producer' : 'Creator';
  const written = (byProducer ? producer : creator) ?? '';
  const severity: Severity = tool.kind === 'image-editor' ? 'high' : 'medium';
  return [
    finding(
      'pdf-editing-producer',
      severity,
      doc.documentId,
      NOWHERE,
      { producer, creator, tool: tool.name, field },
      `文件的 ${field} 为“${written}”，说明它最后由编辑软件 ${tool.name} 保存，而非出具单位的系统：` +
        '内容可能在出具后被改动，请与原件核对。',
      `The file's ${field} is “${written}”: it was last saved by the editing tool ${tool.name}, not by ` +
        'the issuer’s system, so its content may have been changed after issue; compare it with the original.',
    ),
  ];
};

export const pdfIncrementalUpdate: DocumentDetector = (doc) => {
  if (doc.kind !== 'pdf' || doc.incrementalUpdates < 1) return [];
  const revisions = doc.incrementalUpdates;
  return [
    finding(
      'pdf-incremental-update',
      revisions >= 2 ? 'medium' : 'low',
      doc.documentId,
      NOWHERE,
      { incrementalUpdates: revisions, revisions: revisions + 1 },
      `文件在首次保存后又追加保存了 ${revisions} 次：追加保存可以在不留痕迹的情况下改动页面内容。` +
        '电子签章或线性化也会产生追加，请查看签章是否有效并与原件核对。',
      `The file was appended to ${revisions === 1 ? 'once' : `${revisions} times`} after its first save: ` +
        'an appended revision can change what a page shows. Digital signatures and web optimisation ' +
        'also append, so check the signature and compare with the original.',
    ),
  ];
};
