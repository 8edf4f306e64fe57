import { decodeBase64, decodeBase64OrThrow, encodeBase64, invalid } from './base64';

/**
 * The age v1 header (age-encryption.org/v1): a version line, stanzas, and a MAC line.
 *
 *     age-encryption.org/v1
 *     -> X25519 <base64 share>
 *     <base64 body, 64 columns a line, ended by a shorter (possibly empty) line>
 *     --- <base64 HMAC-SHA256 of everything up to and including "---">
 *
 * Parsing is strict: one encoding of each header is accepted, so the MAC is computed over the
 * bytes as received and no two readers disagree about what a header says.
 */
export const VERSION_LINE = 'age-encryption.org/v1';
/** docs/security.md S21: a header cannot make us parse or try keys without end. */
export const MAX_STANZAS = 64;
export const MAX_HEADER_BYTES = 256 * 1024;
const BODY_COLUMNS = 64;
const MAC_PREFIX = '--- ';

export interface Stanza {
  type: string;
  args: string[];
  body: Uint8Array;
}

export interface ParsedHeader {
  stanzas: Stanza[];
  /** The header bytes the MAC covers: up to and including "---". */
  macInput: Uint8Array;
  mac: Uint8Array;
}

const FOOTER_START = Buffer.from('\n---');
const ARMOR_START = Buffer.from('-----BEGIN AGE');

/**
 * Where the header ends in `bytes` (just after the MAC line's newline), or -1 while more bytes are
 * needed; `resumeAt` is where the next search may start. Body lines are base64, so the first line
 * that starts with "---" is the MAC line.
 */
export function findHeaderEnd(bytes: Buffer, from = 0): { end: number; resumeAt: number } {
  const footer = bytes.indexOf(FOOTER_START, from);
  if (footer < 0) return { end: -1, resumeAt: Math.max(from, bytes.length - FOOTER_START.length + 1) };
  const end = bytes.indexOf(0x0a, footer + 1);
  return { end: end < 0 ? -1 : end + 1, resumeAt: footer };
}

/** A quick refusal of input that cannot become an age header, before waiting for more of it. */
export function checkHeaderStart(bytes: Buffer): void {
  const expected = Buffer.from(`${VERSION_LINE}\n`);
  const seen = bytes.subarray(0, expected.length);
  if (!expected.subarray(0, seen.length).equals(seen)) {
    const versionOnly = Buffer.from('age-encryption.org/');
    const startsWith = (prefix: Buffer): boolean => seen.length >= prefix.length && seen.subarray(0, prefix.length).equals(prefix);
    if (startsWith(versionOnly)) throw invalid('header', 'its age version is not supported.');
    if (startsWith(ARMOR_START)) throw invalid('header', 'it is ASCII-armored, which Casekeep does not read (age -d reads it).');
    throw invalid('header', 'it does not start with an age header.');
  }
}

function isArgument(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 33 || code > 126) return false;
  }
  return true;
}

/** Parses a complete header (as cut by findHeaderEnd). */
export function parseHeader(bytes: Buffer): ParsedHeader {
  checkHeaderStart(bytes);
  const text = bytes.toString('latin1');
  const lines = text.slice(0, -1).split('\n');
  const stanzas: Stanza[] = [];
  let at = 1;
  while (at < lines.length && (lines[at] ?? '').startsWith('-> ')) {
    if (stanzas.length === MAX_STANZAS) throw invalid('header', `it has more than ${MAX_STANZAS} recipient stanzas.`);
    const words = (lines[at] ?? '').slice(3).split(' ');
    if (!words.every(isArgument)) throw invalid('header', 'a stanza has an empty argument or a character outside printable ASCII.');
    at += 1;
    const chunks: Uint8Array[] = [];
    for (;;) {
      const line = lines[at];
      if (line === undefined) throw invalid('header', 'a stanza body does not end with a short line.');
      at += 1;
      if (line.length > BODY_COLUMNS) throw invalid('header', 'a stanza body line is longer than 64 columns.');
      const chunk = decodeBase64(line);
      if (!chunk) throw invalid('header', 'a stanza body is not canonical base64, or its final short line is missing.');
      chunks.push(chunk);
      if (line.length < BODY_COLUMNS) break;
    }
    const [type = '', ...args] = words;
    stanzas.push({ type, args, body: Buffer.concat(chunks) });
  }
  const macLine = lines[at];
  if (macLine === undefined || !macLine.startsWith(MAC_PREFIX) || at !== lines.length - 1) {
    throw invalid('header', 'a header line is neither a stanza nor the MAC line.');
  }
  const mac = decodeBase64OrThrow(macLine.slice(MAC_PREFIX.length), 'header MAC');
  if (mac.length !== 32) throw invalid('header', 'the header MAC is not 32 bytes.');
  if (stanzas.length === 0) throw invalid('header', 'it has no recipient stanza.');
  const macInputLength = bytes.length - 1 - (macLine.length - 3);
  return { stanzas, macInput: bytes.subarray(0, macInputLength), mac };
}

export function formatStanza(stanza: Stanza): string {
  const encoded = encodeBase64(stanza.body);
  const lines: string[] = [];
  for (let at = 0; at <= encoded.length; at += BODY_COLUMNS) lines.push(encoded.slice(at, at + BODY_COLUMNS));
  // An encoding that fills its last line exactly needs the empty short line that ends a body.
  return `-> ${[stanza.type, ...stanza.args].join(' ')}\n${lines.join('\n')}\n`;
}

/** The header text the MAC covers, for the encryptor. */
export function headerWithoutMac(stanzas: Stanza[]): string {
  return `${VERSION_LINE}\n${stanzas.map(formatStanza).join('')}---`;
}

export function macLine(mac: Uint8Array): string {
  return ` ${encodeBase64(mac)}\n`;
}
