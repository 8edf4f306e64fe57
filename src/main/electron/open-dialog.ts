import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ChooseOpenPath } from '../core/service/context';

/** The host's answer to an import: the system open dialog, so the user, not the page, picks the file. */
export function openDialog(currentWindow: () => BrowserWindow | undefined): ChooseOpenPath {
  return async (filters) => {
    const options: OpenDialogOptions = {
      title: 'Choose a file',
      defaultPath: app.getPath('documents'),
      filters: [...filters, { name: 'All files', extensions: ['*'] }],
      properties: ['openFile'],
    };
    const window = currentWindow();
    const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return canceled || !filePaths[0] ? null : filePaths[0];
  };
}
