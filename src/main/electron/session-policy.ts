import type { Session } from 'electron';
import { handleAppRequest } from './app-protocol';
import { APP_SCHEME, isAppUrl, requestAllowed } from './url-policy';

/**
 * The app's own session. Without a `persist:` prefix Chromium keeps it in memory only, so no
 * HTTP cache, storage or cookies of the page ever reach the disk.
 */
export const APP_PARTITION = 'casekeep';

/** Permissions the page may have. Empty: the UI needs no camera, location or notifications (S5). */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

// Any syntactically valid URL that cannot be reached; the request filter cancels it as well.
const NO_DICTIONARY_URL = 'https://0.0.0.0/';

/** Serves the renderer on `app://` and shuts every other door of the session. */
export function hardenSession(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererRoot));

  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));

  // S8: Chromium would otherwise fetch Hunspell dictionaries from Google's servers.
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);

  // S8: nothing leaves the app origin, whatever the page or Chromium itself tries.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url) }));

  // A download would write page content to the disk in plaintext (design rule 1).
  ses.on('will-download', (event) => event.preventDefault());
}
