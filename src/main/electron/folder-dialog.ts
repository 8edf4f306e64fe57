import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ChooseFolder } from '../core/service/context';

/** The host's answer to a backup: the system folder dialog, so the user, not the page, picks the drive. */
export function folderDialog(currentWindow: () => BrowserWindow | undefined): ChooseFolder {
  return async (purpose = 'backup') => {
    const options: OpenDialogOptions = {
      title: purpose === 'restore' ? 'Choose the backup to restore' : 'Choose where the backup goes',
      defaultPath: app.getPath('home'),
      properties: ['openDirectory', 'createDirectory'],
    };
    const window = currentWindow();
    const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return canceled || !filePaths[0] ? null : filePaths[0];
  };
}
