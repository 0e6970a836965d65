import { expect, type Page } from '@playwright/test';

/** One case on screen: its description, notes and files. */
export class CaseWorkspace {
  constructor(private readonly page: Page) {}

  async open(caseId: string): Promise<void> {
    await this.page.goto(`/cases/${caseId}`);
    await expect(this.page.getByTestId('case-description')).toBeVisible();
  }

  async setDescription(text: string): Promise<void> {
    await this.page.getByTestId('case-description').fill(text);
    await this.page.getByTestId('save-description').click();
    await expect(this.page.getByTestId('save-description')).toBeDisabled();
  }

  description() {
    return this.page.getByTestId('case-description');
  }

  async addNote(text: string): Promise<void> {
    await this.page.getByTestId('note-input').fill(text);
    await this.page.getByTestId('add-note').click();
    await expect(this.notes().filter({ hasText: text })).toBeVisible();
  }

  notes() {
    return this.page.getByTestId('note');
  }

  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('attach-input').setInputFiles(file);
    await expect(this.documents().filter({ hasText: file.name })).toBeVisible();
  }

  /** Drops a file on the files panel, as from the desktop. */
  async drop(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, bytes }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        return transfer;
      },
      { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
    );
    await this.page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await expect(this.documents().filter({ hasText: file.name })).toBeVisible();
  }

  /** Pastes a file (a screenshot, a photo copied from a chat) while the case is open. */
  async paste(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.evaluate(
      ({ name, mimeType, bytes }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer }));
      },
      { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
    );
    await expect(this.documents().filter({ hasText: file.name })).toBeVisible();
  }

  /** Offers a file the workspace should refuse. */
  async attachRefused(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('attach-input').setInputFiles(file);
    await expect(this.attachProblems().filter({ hasText: file.name })).toBeVisible();
  }

  attachProblems() {
    return this.page.getByTestId('attach-problem');
  }

  /** What is wrong with one file, as its card says. */
  problemOn(fileName: string) {
    return this.documents().filter({ hasText: fileName }).getByTestId('document-problem');
  }

  state() {
    return this.page.getByTestId('case-state');
  }

  documents() {
    return this.page.getByTestId('document');
  }

  /** Confirms what a file is (e.g. 身份证), as the adjuster does from its type chip. */
  async confirmType(fileName: string, typeLabel: string): Promise<void> {
    await this.documents().filter({ hasText: fileName }).getByTestId('document-type').click();
    const dialog = this.page.getByTestId('document-type-dialog');
    await dialog.getByRole('combobox').click();
    await this.page.getByRole('option', { name: typeLabel, exact: true }).click();
    await dialog.getByTestId('confirm-type').click();
    await expect(dialog).toBeHidden();
    await expect(
      this.documents().filter({ hasText: fileName }).getByTestId('document-type'),
    ).toHaveText(typeLabel);
  }

  /** Runs the AI pre-review of the case's files and waits for its summary. */
  async prereview(): Promise<string> {
    await this.page.getByTestId('prereview').click();
    const result = this.page.getByTestId('prereview-result');
    await expect(result).toBeVisible();
    return (await result.textContent()) ?? '';
  }

  /** The open-flags chip of one file. */
  flagsOn(fileName: string) {
    return this.documents().filter({ hasText: fileName }).getByTestId('document-flags');
  }
}
