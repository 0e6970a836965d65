import { cameraFileStem } from './dates';
import { type ExifFacts, exifPayload } from './exif';
import { encodePlanes } from './jpeg-encoder';
import { renderScenePlanes, type SceneSpec } from './scene';
import type { PhotoKind } from './types';

export interface PhotoSpec extends ExifFacts {
  kind: PhotoKind;
  id: string;
  scene: SceneSpec;
  quality: number;
  /** False when the EXIF block was stripped, as messaging apps do on re-send. */
  exif: boolean;
}

export interface RenderedPhoto {
  bytes: Uint8Array;
  fileName: string;
}

export function renderPhoto(spec: PhotoSpec): RenderedPhoto {
  const app1 = spec.exif ? exifPayload(spec) : undefined;
  return {
    bytes: encodePlanes(renderScenePlanes(spec.scene), spec.quality, app1),
    // A stripped photo usually arrives through WeChat, which names files this way.
    fileName: spec.exif ? `${cameraFileStem(spec.takenAt)}.jpg` : `mmexport${spec.takenAt}.jpg`,
  };
}
