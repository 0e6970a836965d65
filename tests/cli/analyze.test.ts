import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let dir: string;

/** An invoice issued on 1 October and saved again in Photoshop six weeks later. */
async function editedInvoice(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('Repair invoice 0043  Total 8,800.00', { x: 72, y: 720, font });
  pdf.setCreationDate(new Date('2026-10-01T09:00:00+08:00'));
  pdf.setModificationDate(new Date('2026-11-15T22:40:00+08:00'));
  pdf.setProducer('Adobe Photoshop 25.0 (Windows)');
  return pdf.save();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'analyze-'));
  await writeFile(path.join(dir, 'invoice.pdf'), await editedInvoice());
  await writeFile(path.join(dir, 'torn.pdf'), '%PDF-1.7\nnot a document at all');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run analyze', () => {
  it('prints the findings on a file as JSON', async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/analyze.ts', path.join(dir, 'invoice.pdf')],
      {
        cwd: root,
      },
    );
    const printed = JSON.parse(stdout) as { files: number; findings: { kind: string }[] };
    expect(printed.files).toBe(1);
    expect(printed.findings.map((f) => f.kind).sort()).toEqual([
      'pdf-editing-producer',
      'pdf-modified-after-creation',
    ]);
  }, 60_000);

  it('names a file it cannot read and exits 1, still reporting the others', async () => {
    const failed = await run(
      'npx',
      ['tsx', 'scripts/analyze.ts', path.join(dir, 'torn.pdf'), path.join(dir, 'invoice.pdf')],
      { cwd: root },
    ).catch((error: unknown) => error as { code: number; stdout: string; stderr: string });
    expect(failed).toMatchObject({ code: 1 });
    if (!('code' in failed)) throw new Error('expected a failure');
    expect(failed.stderr).toContain('torn.pdf: corrupt');
    expect((JSON.parse(failed.stdout) as { files: number }).files).toBe(1);
  }, 60_000);
});
