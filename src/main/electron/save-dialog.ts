import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { ChooseSavePath } from '../core/service/context';

/**
 * The host's answer to `attachments.saveCopy`: the system save dialog, so the user, not the page,
 * names the file. The dialog itself asks before replacing a file, so a chosen path may be replaced.
 */
export function saveDialog(currentWindow: () => BrowserWindow | undefined): ChooseSavePath {
  return async (suggestedName) => {
    const options: SaveDialogOptions = {
      title: 'Save a plain copy',
      defaultPath: join(app.getPath('documents'), suggestedName),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = currentWindow();
    const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return canceled || !filePath ? null : { path: filePath, overwrite: true };
  };
}
