import { crc32 } from 'node:zlib';
import { AppError } from '../../../shared/errors';

export type ImageFormat = 'jpeg' | 'png' | 'other';

export interface StrippedImage {
  output: Uint8Array;
  /** What was taken out, one label per kind, e.g. `APP1 Exif`, `COM`, `tEXt`. */
  removed: string[];
  /** 'other' means the bytes were not understood and come back unchanged, metadata and all. */
  format: ImageFormat;
}

/**
 * Removes what can identify a photo's author, device or place (docs/security.md S23) and keeps what
 * a viewer needs to show it. Both parsers keep a short list of known display segments and drop
 * every other metadata container, rather than chasing a list of bad ones: cameras and apps keep
 * inventing new places for GPS (C2PA, maker notes, multi-picture extras). A JPEG keeps JFIF
 * without its thumbnail, the ICC profile, Adobe's colour-transform flag and, rebuilt from scratch,
 * the Exif orientation alone; anything after the end-of-image marker goes.
 */
export function stripImageMetadata(input: Uint8Array): StrippedImage {
  if (input.length >= 3 && input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) return stripJpeg(input);
  if (PNG_SIGNATURE.every((byte, i) => input[i] === byte)) return stripPng(input);
  return { output: input, removed: [], format: 'other' };
}

function malformed(format: 'JPEG' | 'PNG', problem: string): AppError {
  return new AppError('VALIDATION_FAILED', `This ${format} image is damaged: ${problem}.`, {
    details: { format: format.toLowerCase(), problem },
  });
}

class Removed {
  private readonly labels = new Set<string>();
  add(label: string): void {
    this.labels.add(label);
  }
  list(): string[] {
    return [...this.labels];
  }
}

// ---- JPEG -------------------------------------------------------------------------------------

const SOS = 0xda;
const EOI = 0xd9;
const JFIF_ID = 'JFIF\0';
/** "JFIF\0", version, units, two densities, two thumbnail sizes: everything but the thumbnail. */
const JFIF_BYTES = 14;
/** "Adobe", version, two flag words, colour transform: needed to decode CMYK and YCCK right. */
const ADOBE_BYTES = 12;

const APP_NAMES: Record<string, string> = {
  'Exif\0': 'Exif',
  'http://ns.adobe.com/xap/1.0/\0': 'XMP',
  'http://ns.adobe.com/xmp/extension/\0': 'XMP extension',
  'Photoshop 3.0\0': 'Photoshop/IPTC',
  'MPF\0': 'MPF',
  'FPXR\0': 'FlashPix',
  'JFXX\0': 'JFXX thumbnail',
};

function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i += 1) {
    if (bytes[i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

function appLabel(marker: number, body: Uint8Array): string {
  const name = Object.keys(APP_NAMES).find((id) => startsWith(body, id));
  return `APP${marker - 0xe0}${name ? ` ${APP_NAMES[name]}` : ''}`;
}

const EXIF_ID = 'Exif\0\0';
const ORIENTATION_TAG = 0x0112;

/** The Exif orientation (1..8) of an APP1 body, or undefined when absent or unreadable. */
function exifOrientation(body: Uint8Array): number | undefined {
  if (!startsWith(body, EXIF_ID)) return undefined;
  const tiff = Buffer.from(body.buffer, body.byteOffset + EXIF_ID.length, body.length - EXIF_ID.length);
  if (tiff.length < 8) return undefined;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const u16 = (at: number): number => (order === 'II' ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number): number => (order === 'II' ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return undefined;
  const ifd0 = u32(4);
  if (ifd0 + 2 > tiff.length) return undefined;
  const count = u16(ifd0);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd0 + 2 + 12 * i;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) !== ORIENTATION_TAG) continue;
    const value = u16(entry + 2) === 3 && u32(entry + 4) === 1 ? u16(entry + 8) : 0;
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}

/** Exif holding nothing but the orientation: one IFD0 entry, no next IFD. */
function orientationOnlyExif(orientation: number): Uint8Array {
  return Buffer.from([
    ...Buffer.from(EXIF_ID, 'latin1'),
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
    0x00, 0x01,
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  ]);
}

/** The APPn segment to keep in place of `body` (possibly rewritten), or null to drop it. */
function keptAppBody(marker: number, body: Uint8Array, removed: Removed, state: { orientationKept: boolean }): Uint8Array | null {
  if (marker === 0xe0 && startsWith(body, JFIF_ID) && body.length >= JFIF_BYTES) {
    if (body.length === JFIF_BYTES) return body;
    removed.add('APP0 JFIF thumbnail');
    const short = body.slice(0, JFIF_BYTES);
    short[12] = 0;
    short[13] = 0;
    return short;
  }
  if (marker === 0xe2 && startsWith(body, 'ICC_PROFILE\0')) return body;
  if (marker === 0xe1 && !state.orientationKept) {
    // Phones store pixels as the sensor saw them and rotate on display by this tag alone.
    const orientation = exifOrientation(body);
    if (orientation !== undefined) {
      state.orientationKept = true;
      const minimal = orientationOnlyExif(orientation);
      if (Buffer.compare(minimal, body) === 0) return body;
      removed.add(appLabel(marker, body));
      return minimal;
    }
  }
  if (marker === 0xee && startsWith(body, 'Adobe') && body.length >= ADOBE_BYTES) {
    return body.length === ADOBE_BYTES ? body : body.subarray(0, ADOBE_BYTES);
  }
  removed.add(appLabel(marker, body));
  return null;
}

function segment(marker: number, body: Uint8Array): Uint8Array {
  const head = Uint8Array.of(0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff);
  return Buffer.concat([head, body]);
}

/**
 * Walks marker segments; after each SOS, skips entropy-coded data up to the next real marker
 * (0xFF00 is a stuffed byte, RSTn and fill bytes belong to the scan). Every step moves forward,
 * so a hostile file cannot loop the parser.
 */
function stripJpeg(input: Uint8Array): StrippedImage {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  const removed = new Removed();
  const exif = { orientationKept: false };
  let pos = 2;
  for (;;) {
    if (pos >= bytes.length) throw malformed('JPEG', 'it ends before its end-of-image marker');
    if (bytes[pos] !== 0xff) throw malformed('JPEG', `a marker was expected at byte ${pos}`);
    while (bytes[pos + 1] === 0xff) pos += 1;
    const marker = bytes[pos + 1];
    if (marker === undefined) throw malformed('JPEG', 'it ends inside a marker');
    const markerStart = pos;
    pos += 2;
    if (marker === EOI) {
      parts.push(bytes.subarray(markerStart, pos));
      if (pos < bytes.length) removed.add('data after EOI');
      break;
    }
    if (marker === 0x00 || marker === 0xd8) throw malformed('JPEG', `unexpected marker 0x${marker.toString(16)} at byte ${markerStart}`);
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(bytes.subarray(markerStart, pos));
      continue;
    }
    if (pos + 2 > bytes.length) throw malformed('JPEG', 'it ends inside a segment length');
    const length = bytes.readUInt16BE(pos);
    if (length < 2) throw malformed('JPEG', `a segment at byte ${markerStart} has an impossible length`);
    const end = pos + length;
    if (end > bytes.length) throw malformed('JPEG', `a segment at byte ${markerStart} runs past the end of the file`);
    const body = bytes.subarray(pos + 2, end);
    pos = end;

    if (marker >= 0xe0 && marker <= 0xef) {
      const kept = keptAppBody(marker, body, removed, exif);
      if (kept === body) parts.push(bytes.subarray(markerStart, end));
      else if (kept) parts.push(segment(marker, kept));
      continue;
    }
    if (marker === 0xfe) {
      removed.add('COM');
      continue;
    }
    parts.push(bytes.subarray(markerStart, end));
    if (marker === SOS) {
      const scanEnd = endOfScan(bytes, pos);
      parts.push(bytes.subarray(pos, scanEnd));
      pos = scanEnd;
    }
  }
  return { output: Buffer.concat(parts), removed: removed.list(), format: 'jpeg' };
}

function endOfScan(bytes: Buffer, from: number): number {
  let i = from;
  for (;;) {
    const ff = bytes.indexOf(0xff, i);
    const next = ff < 0 ? undefined : bytes[ff + 1];
    if (next === undefined) throw malformed('JPEG', 'it ends inside the image data');
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i = ff + 2;
    else if (next === 0xff) i = ff + 1;
    else return ff;
  }
}

// ---- PNG --------------------------------------------------------------------------------------

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * Ancillary chunks a viewer uses to show the image: transparency, colour, pixel size, palette
 * hints and animation (APNG). Critical chunks (upper-case first letter) are always kept; every
 * other ancillary chunk is dropped, among them eXIf, tEXt, iTXt (XMP), zTXt, tIME and caBX (C2PA).
 */
const PNG_DISPLAY_CHUNKS = new Set([
  'tRNS', 'cHRM', 'gAMA', 'iCCP', 'sBIT', 'sRGB', 'cICP', 'mDCv', 'cLLi',
  'bKGD', 'hIST', 'pHYs', 'sPLT', 'acTL', 'fcTL', 'fdAT',
]);

function stripPng(input: Uint8Array): StrippedImage {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, PNG_SIGNATURE.length)];
  const removed = new Removed();
  let pos: number = PNG_SIGNATURE.length;
  let first = true;
  for (;;) {
    if (pos >= bytes.length) throw malformed('PNG', 'it ends before its IEND chunk');
    if (pos + 12 > bytes.length) throw malformed('PNG', `the chunk at byte ${pos} is cut short`);
    const length = bytes.readUInt32BE(pos);
    if (length > 0x7fffffff) throw malformed('PNG', `the chunk at byte ${pos} has an impossible length`);
    const end = pos + 12 + length;
    if (end > bytes.length) throw malformed('PNG', `the chunk at byte ${pos} runs past the end of the file`);
    const typeBytes = bytes.subarray(pos + 4, pos + 8);
    if (!typeBytes.every((c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) {
      throw malformed('PNG', `the chunk at byte ${pos} has an invalid type`);
    }
    const type = typeBytes.toString('latin1');
    if (crc32(bytes.subarray(pos + 4, end - 4)) !== bytes.readUInt32BE(end - 4)) {
      throw malformed('PNG', `the ${type} chunk at byte ${pos} fails its checksum`);
    }
    if (first && type !== 'IHDR') throw malformed('PNG', 'it does not start with an IHDR chunk');
    first = false;
    const critical = (typeBytes[0] ?? 0) < 0x61;
    if (critical || PNG_DISPLAY_CHUNKS.has(type)) parts.push(bytes.subarray(pos, end));
    else removed.add(type);
    pos = end;
    if (type === 'IEND') {
      if (pos < bytes.length) removed.add('data after IEND');
      break;
    }
  }
  return { output: Buffer.concat(parts), removed: removed.list(), format: 'png' };
}
