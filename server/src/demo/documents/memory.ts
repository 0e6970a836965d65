import type { SceneSpec, SceneType } from './scene';
import type { DemoCaseFacts, PdfKind } from './types';

export interface RememberedInvoice {
  code: string;
  number: string;
  caseId: string;
  documentId: string;
}

export interface RememberedPhoto {
  scene: SceneSpec;
  quality: number;
  caseId: string;
  documentId: string;
}

/** The first case of a party that claims again and again (many-claims-same-party). */
export interface ClaimGroup {
  firstCaseId: string;
  customerId: string;
  claimantName: string;
  claimantIdNumber: string;
  customerKind: DemoCaseFacts['customerKind'];
  reportedAt: number;
  size: number;
}

/** Enough history to copy from without holding 20,000 cases' worth. */
const CAPACITY = 256;

/** What a factory remembers from earlier cases, for the cross-claim anomalies. */
export class CrossClaimMemory {
  private readonly invoices = new Map<PdfKind, RememberedInvoice[]>();
  private readonly photos = new Map<SceneType, RememberedPhoto[]>();
  group: ClaimGroup | null = null;

  rememberInvoice(kind: PdfKind, invoice: RememberedInvoice): void {
    push(this.invoices, kind, invoice);
  }

  rememberPhoto(type: SceneType, photo: RememberedPhoto): void {
    push(this.photos, type, photo);
  }

  invoicesOf(kind: PdfKind): readonly RememberedInvoice[] {
    return this.invoices.get(kind) ?? [];
  }

  photosOf(type: SceneType): readonly RememberedPhoto[] {
    return this.photos.get(type) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  list.push(value);
  if (list.length > CAPACITY) list.shift();
  map.set(key, list);
}
