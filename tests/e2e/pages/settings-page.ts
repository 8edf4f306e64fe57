import { expect, type Page } from '@playwright/test';

const LANGUAGE_SAVED = { en: 'Language saved.', ru: 'Язык сохранён.', kk: 'Тіл сақталды.' } as const;

export class SettingsPage {
  readonly root;
  readonly heading;
  readonly autoLock;
  readonly autoLockError;
  readonly userName;
  readonly save;
  readonly savedNotice;
  readonly current;
  readonly next;
  readonly confirm;
  readonly changePassphrase;
  readonly currentError;
  readonly passphraseStatus;
  readonly strength;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('screen-settings');
    this.heading = this.root.getByRole('heading', { level: 1 });
    this.autoLock = page.getByTestId('settings-auto-lock');
    this.autoLockError = page.getByTestId('settings-auto-lock-error');
    this.userName = page.getByTestId('settings-user-name');
    this.save = page.getByTestId('settings-general-save');
    this.savedNotice = page.getByTestId('settings-general-status');
    this.current = page.getByTestId('settings-current-passphrase');
    this.next = page.getByTestId('settings-new-passphrase');
    this.confirm = page.getByTestId('settings-confirm-passphrase');
    this.changePassphrase = page.getByTestId('settings-passphrase-submit');
    this.currentError = page.getByTestId('settings-current-passphrase-error');
    this.passphraseStatus = page.getByTestId('passphrase-status');
    this.strength = this.root.getByTestId('strength-meter');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await this.autoLock.waitFor();
  }

  language(code: 'en' | 'ru' | 'kk') {
    return this.page.getByTestId(`settings-language-${code}`);
  }

  /** Chooses a language and waits until the vault has saved it. */
  async chooseLanguage(code: 'en' | 'ru' | 'kk'): Promise<void> {
    await this.language(code).check();
    await this.page.locator(`html[lang="${code}"]`).waitFor();
    await expect(this.page.getByTestId('settings-language-status')).toHaveText(LANGUAGE_SAVED[code]);
  }

  async changePassphraseTo(current: string, next: string): Promise<void> {
    await this.current.fill(current);
    await this.next.fill(next);
    await this.confirm.fill(next);
    await this.changePassphrase.click();
  }
}
