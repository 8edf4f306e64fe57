import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Harness } from '../../harness/server';

/** The few page globals the tests touch; the node project has no DOM types. */
const SAVED_EN = /^Draft saved at \d{2}:\d{2}:\d{2}$/;

interface LatencyProbe {
  lastInput: number;
  savedAt: number;
}

export interface PageGlobals {
  document: {
    querySelectorAll(selector: string): Iterable<{ value: number }>;
    querySelector(selector: string): { textContent: string | null } | null;
    body: unknown;
  };
  performance: { now(): number };
  latencyProbe: LatencyProbe;
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
  getComputedStyle(element: unknown): { direction: string };
  progressSeen: number[];
}

/** The testimony screen: the interview form, its autosave status and the attachment uploader. */
export class TestimonyPage {
  readonly root;
  readonly heading;
  readonly transcript;
  readonly wordCount;
  readonly status;
  readonly finishButton;
  readonly saveButton;
  readonly finished;
  readonly language;
  readonly date;
  readonly place;
  readonly sourcePicker;
  readonly sourceError;
  readonly languageError;
  readonly newSource;
  readonly addTranslation;
  readonly translations;
  readonly leaveDialog;
  readonly uploader: AttachmentUploaderPart;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('screen-testimony');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.transcript = page.getByTestId('testimony-transcript');
    this.wordCount = page.getByTestId('testimony-word-count');
    this.status = page.getByTestId('testimony-save-status');
    this.finishButton = page.getByTestId('testimony-finish');
    this.saveButton = page.getByTestId('testimony-save');
    this.finished = page.getByTestId('testimony-finished');
    this.language = page.getByTestId('testimony-language');
    this.date = page.getByTestId('testimony-date');
    this.place = page.getByTestId('testimony-place');
    this.sourcePicker = page.getByTestId('testimony-source-picker');
    this.sourceError = page.getByTestId('testimony-source-picker-error');
    this.languageError = page.getByTestId('testimony-language-error');
    this.newSource = new NewSourcePart(page);
    this.addTranslation = page.getByTestId('testimony-translation-add');
    this.translations = page.getByTestId('testimony-translation');
    this.leaveDialog = page.getByTestId('testimony-leave-dialog');
    this.uploader = new AttachmentUploaderPart(page);
  }

  translation(index: number) {
    const row = this.translations.nth(index);
    return {
      row,
      language: row.getByTestId('testimony-translation-language'),
      text: row.getByTestId('testimony-translation-text'),
    };
  }

  /** Types like a person, one key at a time, at the end of what is already there. */
  async typeInto(field: Locator, text: string, delay = 8): Promise<void> {
    await field.focus();
    await field.press('End');
    await field.press('Control+End');
    await field.pressSequentially(text, { delay });
  }

  /** Milliseconds from now until the status says the draft is saved. */
  /**
   * Measured in the page: from the last input event in `field` to the moment the status line
   * says the draft is saved (which it does only after the save call came back).
   */
  async startLatencyProbe(field: Locator, saved: RegExp = SAVED_EN): Promise<void> {
    await field.evaluate(
      (element, pattern) => {
        const page = globalThis as unknown as PageGlobals;
        const probe: LatencyProbe = { lastInput: 0, savedAt: 0 };
        page.latencyProbe = probe;
        const status = page.document.querySelector('[data-testid="testimony-save-status"]');
        const matches = () => new RegExp(pattern).test(status?.textContent ?? '');
        (element as { addEventListener(type: string, listener: () => void): void }).addEventListener('input', () => {
          probe.lastInput = page.performance.now();
          probe.savedAt = 0;
        });
        new page.MutationObserver(() => {
          if (probe.lastInput > 0 && probe.savedAt === 0 && matches()) probe.savedAt = page.performance.now();
        }).observe(status, { childList: true, subtree: true, characterData: true });
      },
      saved.source,
    );
  }

  async measuredLatency(): Promise<number> {
    await expect
      .poll(() => this.page.evaluate(() => (globalThis as unknown as PageGlobals).latencyProbe.savedAt), { timeout: 5_000 })
      .toBeGreaterThan(0);
    return this.page.evaluate(() => {
      const { lastInput, savedAt } = (globalThis as unknown as PageGlobals).latencyProbe;
      return Math.round(savedAt - lastInput);
    });
  }

  async direction(field: Locator): Promise<string> {
    return field.evaluate((element) => (globalThis as unknown as PageGlobals).getComputedStyle(element).direction);
  }
}

export class NewSourcePart {
  readonly open;
  readonly form;
  readonly relation;
  readonly consent;
  readonly addIdentity;
  readonly identityPanel;
  readonly create;
  readonly created;

  constructor(page: Page) {
    this.open = page.getByTestId('testimony-source-new');
    this.form = page.getByTestId('new-source-form');
    this.relation = page.getByTestId('new-source-relation');
    this.consent = page.getByTestId('new-source-consent');
    this.addIdentity = page.getByTestId('new-source-add-identity');
    this.identityPanel = page.getByTestId('new-source-identity');
    this.create = page.getByTestId('new-source-create');
    this.created = page.getByTestId('testimony-source-created');
  }
}

export class AttachmentUploaderPart {
  readonly root;
  readonly dropZone;
  readonly chooseButton;
  /** The bar and status of a file main reads from disk after the "Choose a file…" dialog. */
  readonly diskProgress;
  readonly diskStatus;
  readonly strip;
  readonly uploads;
  readonly rows;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('attachment-uploader');
    this.dropZone = page.getByTestId('attachment-drop-zone');
    this.chooseButton = page.getByTestId('attachment-choose');
    this.diskProgress = page.getByTestId('attachment-disk-progress');
    this.diskStatus = page.getByTestId('attachment-disk-status');
    this.strip = page.getByTestId('attachment-strip');
    this.uploads = page.getByTestId('upload-row');
    this.rows = page.getByTestId('attachment-row');
  }

  row(name: string) {
    return this.rows.filter({ has: this.page.getByTestId('attachment-name').getByText(name, { exact: true }) });
  }

  /**
   * Through the "Choose a file…" button: main asks the host's open dialog, which the harness
   * answers with the file written to disk under its name; main reads it from there.
   */
  async choose(harness: Harness, file: { name: string; buffer: Buffer }): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), 'casekeep-e2e-file-')), file.name);
    await writeFile(path, file.buffer);
    harness.setFileToOpen(path);
    await this.chooseButton.click();
    return path;
  }

  /** A file dragged from the desktop and dropped on the zone. */
  async drop(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, data }) => {
        const page = globalThis as unknown as PageGlobals;
        const transfer = new page.DataTransfer();
        transfer.items.add(new page.File([new Uint8Array(data)], name, { type: mimeType }));
        return transfer;
      },
      { name: file.name, mimeType: file.mimeType, data: [...file.buffer] },
    );
    await this.dropZone.dispatchEvent('dragenter', { dataTransfer });
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
  }
}
