import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, relative, isAbsolute } from 'node:path';
import { isAppUrl, resolveAppPath } from './url-policy';

/** S3: no inline script, no eval, no remote anything; crypto runs in main, so no wasm either. */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  // Recordings and videos play from blob: URLs made in memory (no decrypted file on disk).
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Only the kinds of file a renderer build holds; anything else answers 404 even if present.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function refuse(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: headers('text/plain; charset=utf-8'),
  });
}

export interface AppFile {
  path: string;
  contentType: string;
}

/**
 * The existing regular file under `root` named by `urlPath`, or null. The real path is checked
 * again so that a symlink inside the build cannot point outside it.
 */
export async function findAppFile(root: string, urlPath: string): Promise<AppFile | null> {
  const candidate = resolveAppPath(root, urlPath);
  const contentType = candidate === null ? undefined : CONTENT_TYPES[extname(candidate).toLowerCase()];
  if (candidate === null || contentType === undefined) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    const inside = relative(realRoot, realFile);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
    return (await stat(realFile)).isFile() ? { path: realFile, contentType } : null;
  } catch {
    return null;
  }
}

/** Answers one `app://` request from the built renderer; every answer carries the CSP. */
export async function handleAppRequest(request: { url: string; method: string }, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
  if (!isAppUrl(request.url)) return refuse(404);
  const file = await findAppFile(root, new URL(request.url).pathname);
  if (file === null) return refuse(404);
  let body: Uint8Array;
  try {
    body = await readFile(file.path);
  } catch {
    return refuse(404);
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(file.contentType) });
}
