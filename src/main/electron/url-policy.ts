import { relative, resolve, isAbsolute } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'casekeep';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MAX_URL_LENGTH = 2048;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages and files of the app itself: `app://casekeep/...`. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * What the app's session may load: its own files, the blob: URLs its page makes (photo
 * previews) and, in unpackaged builds, DevTools' own bundled pages. Everything else is cancelled
 * before it leaves the machine (S8).
 */
export function requestAllowed(url: unknown): boolean {
  if (isAppUrl(url)) return true;
  if (typeof url !== 'string') return false;
  if (url.startsWith('devtools://devtools/')) return true;
  return url.startsWith(`blob:${APP_ORIGIN}/`) && isAppUrl(url.slice('blob:'.length));
}

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_DOMAIN = /^[a-z]{2,63}$/;

/**
 * The exact https: URL to show in the confirmation and hand to the browser, or null.
 *
 * Hosts must be plain ASCII names. Every punycode (`xn--`) label is refused: a whole-script
 * look-alike such as Cyrillic "аррӏе.com" passes any mixed-script test, and the cost of refusing
 * a genuine international domain is only that the user copies the link by hand. IP literals and
 * single-label hosts are refused too: a citation in a case file names a public website, and a
 * bare address is more likely a trick or a probe of the local network.
 */
export function normalizeExternalUrl(url: unknown): string | null {
  const parsed = parse(url);
  if (parsed === null || parsed.protocol !== 'https:') return null;
  // `https://trusted.org@evil.example` shows one host and opens another.
  if (parsed.username !== '' || parsed.password !== '') return null;
  const labels = parsed.hostname.split('.');
  const tld = labels[labels.length - 1];
  if (labels.length < 2 || tld === undefined || !TOP_LEVEL_DOMAIN.test(tld)) return null;
  if (!labels.every((label) => HOST_LABEL.test(label) && !label.startsWith('xn--'))) return null;
  return parsed.href;
}

// One file or folder name as the renderer build writes them; leading dots, `%`, `\`, `:`, NUL
// and empty segments all fall outside it, so no decoding trick can name a parent or a drive.
const PATH_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const MAX_PATH_LENGTH = 1024;

/**
 * The file under `root` that an `app://` URL path names, or null if the path could leave root
 * or names something the build would never contain. Does not look at the disk.
 */
export function resolveAppPath(root: string, urlPath: string): string | null {
  if (typeof urlPath !== 'string' || urlPath.length > MAX_PATH_LENGTH || !urlPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const segments = (decoded === '/' ? 'index.html' : decoded.slice(1)).split('/');
  if (!segments.every((segment) => PATH_SEGMENT.test(segment))) return null;

  const base = resolve(root);
  const file = resolve(base, ...segments);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}
