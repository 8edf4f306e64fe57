import { crc32, deflateSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripImageMetadata } from '../../../../src/main/core/attachments/strip-metadata';
import { AppError } from '../../../../src/shared/errors';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

const u16 = (n: number): number[] => [n >> 8, n & 0xff];
const u32 = (n: number): number[] => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

// ---- fixtures ---------------------------------------------------------------------------------

/** A big-endian TIFF block as found in Exif: IFD0 with Make and a GPS IFD with position. */
function tiffWithGps(): Buffer {
  const make = 'CanaryCam\0';
  const datum = 'GPS-CANARY-WGS84\0';
  const ifd0 = 8;
  const makeAt = ifd0 + 2 + 2 * 12 + 4;
  const gps = makeAt + make.length;
  const latAt = gps + 2 + 5 * 12 + 4;
  const lonAt = latAt + 24;
  const datumAt = lonAt + 24;
  const entry = (tag: number, type: number, count: number, value: number[]): number[] => [...u16(tag), ...u16(type), ...u32(count), ...value];
  return bytes(
    'MM',
    u16(42),
    u32(ifd0),
    u16(2),
    entry(0x010f, 2, make.length, u32(makeAt)),
    entry(0x8825, 4, 1, u32(gps)),
    u32(0),
    make,
    u16(5),
    entry(0x0001, 2, 2, [0x4e, 0, 0, 0]),
    entry(0x0002, 5, 3, u32(latAt)),
    entry(0x0003, 2, 2, [0x45, 0, 0, 0]),
    entry(0x0004, 5, 3, u32(lonAt)),
    entry(0x0012, 2, datum.length, u32(datumAt)),
    u32(0),
    GPS_LATITUDE,
    [...u32(75), ...u32(1), ...u32(59), ...u32(1), ...u32(2718), ...u32(100)],
    datum,
  );
}
/** 39° 28' 31.41" as three TIFF rationals: the bytes a GPS reader would find. */
const GPS_LATITUDE = Buffer.from([...u32(39), ...u32(1), ...u32(28), ...u32(1), ...u32(3141), ...u32(100)]);
const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="39,28.5235N" dc:creator="XMP-CANARY"/></x:xmpmeta>';

function jpegSegment(marker: number, body: string | number[] | Uint8Array): Buffer {
  const content = bytes(body);
  return bytes([0xff, marker], u16(content.length + 2), content);
}

/**
 * A 64×8 grey baseline JPEG, assembled by hand. Huffman DC codes: '0' = category 0, '10' =
 * category 8; AC: '0' = end of block. Four blocks per restart interval: three flat ones, then one
 * with DC +255, which puts eight 1-bits on a byte boundary: 0x02 0xFF(0x00 stuffed) 0x7F.
 */
const JPEG_IMAGE = {
  dqt: jpegSegment(0xdb, [0, ...new Array<number>(64).fill(1)]),
  sof0: jpegSegment(0xc0, [8, ...u16(8), ...u16(64), 1, 1, 0x11, 0]),
  dhtDc: jpegSegment(0xc4, [0x00, 1, 1, ...new Array<number>(14).fill(0), 0x00, 0x08]),
  dhtAc: jpegSegment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]),
  dri: jpegSegment(0xdd, u16(4)),
  sos: jpegSegment(0xda, [1, 1, 0x00, 0, 63, 0]),
  scan: Buffer.from([0x02, 0xff, 0x00, 0x7f, 0xff, 0xd0, 0x02, 0xff, 0x00, 0x7f]),
};
const jfifBody = (thumbnail: number[] = []): number[] => [
  ...Buffer.from('JFIF\0'), 1, 1, 0, ...u16(1), ...u16(1), thumbnail.length ? 2 : 0, thumbnail.length ? 1 : 0, ...thumbnail,
];
const ICC = jpegSegment(0xe2, bytes('ICC_PROFILE\0', [1, 1], 'ICC-PROFILE-BYTES-KEEP-ME'));
const ADOBE = jpegSegment(0xee, bytes('Adobe', u16(100), u16(0), u16(0), [0]));

function imageSegments(): Buffer {
  const { dqt, sof0, dhtDc, dhtAc, dri, sos, scan } = JPEG_IMAGE;
  return Buffer.concat([dqt, sof0, dhtDc, dhtAc, dri, sos, scan]);
}

function jpegWithMetadata(): Buffer {
  return bytes(
    [0xff, 0xd8],
    jpegSegment(0xe0, jfifBody([...Buffer.from('THUMB!')])),
    jpegSegment(0xe1, bytes('Exif\0\0', tiffWithGps())),
    jpegSegment(0xe1, bytes('http://ns.adobe.com/xap/1.0/\0', XMP)),
    ICC,
    jpegSegment(0xe2, bytes('MPF\0', 'MM', u16(42), 'MPF-CANARY')),
    jpegSegment(0xed, bytes('Photoshop 3.0\0', '8BIM', u16(0x0404), [0, 0], u32(16), [0x1c, 2, 0x78], u16(11), 'IPTC-CANARY')),
    ADOBE,
    jpegSegment(0xfe, 'COMMENT-CANARY: taken near the checkpoint'),
    imageSegments(),
    [0xff, 0xd9],
    'AFTER-EOI-CANARY',
  );
}

const cleanJpeg = (): Buffer => bytes([0xff, 0xd8], jpegSegment(0xe0, jfifBody()), ICC, ADOBE, imageSegments(), [0xff, 0xd9]);

function pngChunk(type: string, data: string | number[] | Uint8Array): Buffer {
  const body = bytes(type, data);
  return bytes(u32(body.length - 4), body, u32(crc32(body)));
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PIXELS = Buffer.from([0, 200, 30, 40, 10, 220, 90]);
const PNG_KEPT = {
  ihdr: pngChunk('IHDR', [...u32(2), ...u32(1), 8, 2, 0, 0, 0]),
  gama: pngChunk('gAMA', u32(45455)),
  iccp: pngChunk('iCCP', bytes('sRGB-ish\0', [0], deflateSync('ICC-PROFILE-BYTES-KEEP-ME'))),
  phys: pngChunk('pHYs', [...u32(2835), ...u32(2835), 1]),
  idat: pngChunk('IDAT', deflateSync(PIXELS)),
  iend: pngChunk('IEND', []),
};

function pngWithMetadata(): Buffer {
  const { ihdr, gama, iccp, phys, idat, iend } = PNG_KEPT;
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr,
    gama,
    iccp,
    pngChunk('tEXt', 'Comment\0PNG-TEXT-CANARY'),
    pngChunk('eXIf', tiffWithGps()),
    phys,
    pngChunk('iTXt', bytes('XML:com.adobe.xmp\0', [0, 0], '\0\0', XMP)),
    pngChunk('zTXt', bytes('Raw profile type iptc\0', [0], deflateSync('IPTC-CANARY'))),
    pngChunk('tIME', [...u16(2024), 3, 12, 9, 30, 0]),
    pngChunk('caBX', 'C2PA-CANARY'),
    idat,
    pngChunk('tEXt', 'Author\0AFTER-IDAT-CANARY'),
    iend,
    Buffer.from('TRAILING-CANARY'),
  ]);
}

function withBadCrc(chunk: Buffer): Buffer {
  const copy = Buffer.from(chunk);
  copy.writeUInt32BE((copy.readUInt32BE(copy.length - 4) ^ 1) >>> 0, copy.length - 4);
  return copy;
}

const cleanPng = (): Buffer => {
  const { ihdr, gama, iccp, phys, idat, iend } = PNG_KEPT;
  return Buffer.concat([PNG_SIGNATURE, ihdr, gama, iccp, phys, idat, iend]);
};

// ---- independent structure checks ------------------------------------------------------------

/** Marker sequence of a JPEG, skipping scan data, written separately from the code under test. */
function jpegMarkers(image: Buffer): number[] {
  const markers: number[] = [];
  let pos = 0;
  while (pos < image.length) {
    expect(image[pos]).toBe(0xff);
    const marker = image[pos + 1] ?? -1;
    markers.push(marker);
    pos += 2;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9) break;
    pos += image.readUInt16BE(pos);
    if (marker === 0xda) {
      while (!(image[pos] === 0xff && image[pos + 1] !== 0x00 && !((image[pos + 1] ?? 0) >= 0xd0 && (image[pos + 1] ?? 0) <= 0xd7))) pos += 1;
    }
  }
  expect(pos).toBe(image.length);
  return markers;
}

function pngChunks(image: Buffer): { type: string; data: Buffer }[] {
  expect(image.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const chunks: { type: string; data: Buffer }[] = [];
  let pos = 8;
  while (pos < image.length) {
    const length = image.readUInt32BE(pos);
    const body = image.subarray(pos + 4, pos + 8 + length);
    expect(crc32(body)).toBe(image.readUInt32BE(pos + 8 + length));
    chunks.push({ type: body.subarray(0, 4).toString('latin1'), data: body.subarray(4) });
    pos += 12 + length;
  }
  expect(pos).toBe(image.length);
  return chunks;
}

const CANARIES = [
  'Exif\0', 'CanaryCam', 'GPS-CANARY', 'http://ns.adobe.com', 'XMP-CANARY', 'GPSLatitude', 'Photoshop 3.0', '8BIM',
  'IPTC-CANARY', 'COMMENT-CANARY', 'MPF', 'AFTER-EOI-CANARY', 'THUMB!', 'PNG-TEXT-CANARY', 'AFTER-IDAT-CANARY',
  'C2PA-CANARY', 'TRAILING-CANARY', 'tEXt', 'eXIf', 'iTXt', 'zTXt', 'tIME', 'caBX',
];

function expectNoCanaries(output: Uint8Array): void {
  const haystack = Buffer.from(output);
  for (const canary of CANARIES) expect(haystack.includes(Buffer.from(canary, 'latin1')), canary).toBe(false);
  expect(haystack.includes(GPS_LATITUDE)).toBe(false);
}

function expectValidationFailed(input: Uint8Array): void {
  let caught: unknown;
  try {
    stripImageMetadata(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe('VALIDATION_FAILED');
}

// ---- tests ------------------------------------------------------------------------------------

describe('S23: JPEG metadata stripping', () => {
  it('the fixture really carries the metadata it claims', () => {
    const input = jpegWithMetadata();
    expect(input.includes(GPS_LATITUDE)).toBe(true);
    expect(input.includes(Buffer.from('GPS-CANARY'))).toBe(true);
    expect(jpegMarkers(input.subarray(0, input.length - 'AFTER-EOI-CANARY'.length))).toEqual([
      0xd8, 0xe0, 0xe1, 0xe1, 0xe2, 0xe2, 0xed, 0xee, 0xfe, 0xdb, 0xc0, 0xc4, 0xc4, 0xdd, 0xda, 0xd9,
    ]);
  });

  it('removes Exif with GPS, XMP, IPTC, comments, extras and the thumbnail, keeping the image and its ICC profile', () => {
    const { output, removed, format } = stripImageMetadata(jpegWithMetadata());
    expect(format).toBe('jpeg');
    expect(Buffer.from(output).equals(cleanJpeg())).toBe(true);
    expectNoCanaries(output);
    expect(Buffer.from(output).includes(ICC)).toBe(true);
    expect(jpegMarkers(Buffer.from(output))).toEqual([0xd8, 0xe0, 0xe2, 0xee, 0xdb, 0xc0, 0xc4, 0xc4, 0xdd, 0xda, 0xd9]);
    expect(removed).toEqual([
      'APP0 JFIF thumbnail',
      'APP1 Exif',
      'APP1 XMP',
      'APP2 MPF',
      'APP13 Photoshop/IPTC',
      'COM',
      'data after EOI',
    ]);
  });

  it('leaves a clean JPEG byte for byte as it was, and stripping twice changes nothing more', () => {
    const clean = cleanJpeg();
    expect(stripImageMetadata(clean)).toEqual({ output: clean, removed: [], format: 'jpeg' });
    const once = stripImageMetadata(jpegWithMetadata()).output;
    expect(Buffer.from(stripImageMetadata(once).output).equals(Buffer.from(once))).toBe(true);
  });

  it('drops metadata between the scans of a multi-scan image and keeps fill bytes out', () => {
    const { dqt, sof0, dhtDc, dhtAc, sos, scan } = JPEG_IMAGE;
    const input = bytes([0xff, 0xd8], dqt, sof0, dhtDc, sos, scan, jpegSegment(0xfe, 'COMMENT-CANARY'), [0xff, 0xff], dhtAc, sos, scan, [0xff, 0xd9]);
    const { output, removed } = stripImageMetadata(input);
    expect(removed).toEqual(['COM']);
    expect(Buffer.from(output).equals(bytes([0xff, 0xd8], dqt, sof0, dhtDc, sos, scan, dhtAc, sos, scan, [0xff, 0xd9]))).toBe(true);
  });

  it('keeps the Exif orientation alone, so a phone photo still displays upright', () => {
    const le16 = (n: number): number[] => [n & 0xff, n >> 8];
    const le32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
    const datum = 'GPS-CANARY-WGS84\0';
    // IFD0 at 8 with Orientation = 6 and a GPS pointer; the GPS IFD at 38; its string at 56.
    const tiff = bytes(
      'II', le16(42), le32(8),
      le16(2), le16(0x0112), le16(3), le32(1), [6, 0, 0, 0], le16(0x8825), le16(4), le32(1), le32(38), le32(0),
      le16(1), le16(0x0012), le16(2), le32(datum.length), le32(56), le32(0),
      datum,
    );
    const input = bytes([0xff, 0xd8], jpegSegment(0xe1, bytes('Exif\0\0', tiff)), imageSegments(), [0xff, 0xd9]);
    const { output, removed } = stripImageMetadata(input);
    const orientationOnly = jpegSegment(0xe1, bytes('Exif\0\0', 'MM', u16(42), u32(8), u16(1), u16(0x0112), u16(3), u32(1), [0, 6, 0, 0], u32(0)));
    expect(Buffer.from(output).equals(bytes([0xff, 0xd8], orientationOnly, imageSegments(), [0xff, 0xd9]))).toBe(true);
    expect(Buffer.from(output).includes(Buffer.from('GPS-CANARY'))).toBe(false);
    expect(removed).toEqual(['APP1 Exif']);
    expect(stripImageMetadata(output)).toEqual({ output, removed: [], format: 'jpeg' });
  });

  it('drops an Exif block it cannot read instead of refusing the image', () => {
    const broken = bytes('Exif\0\0', 'MM', u16(42), u32(4000), 'GPS-CANARY');
    const input = bytes([0xff, 0xd8], jpegSegment(0xe1, broken), imageSegments(), [0xff, 0xd9]);
    const { output, removed } = stripImageMetadata(input);
    expect(Buffer.from(output).equals(bytes([0xff, 0xd8], imageSegments(), [0xff, 0xd9]))).toBe(true);
    expect(removed).toEqual(['APP1 Exif']);
  });

  it.each([
    ['the file ends inside a marker', bytes([0xff, 0xd8, 0xff])],
    ['a segment length is cut short', bytes([0xff, 0xd8, 0xff, 0xe1, 0x00])],
    ['a segment runs past the end', bytes([0xff, 0xd8, 0xff, 0xe1], u16(4096), 'Exif\0\0MM')],
    ['a segment length of zero', bytes([0xff, 0xd8, 0xff, 0xe1, 0, 0, 0xff, 0xd9])],
    ['a segment length of one', bytes([0xff, 0xd8, 0xff, 0xfe, 0, 1, 0xff, 0xd9])],
    ['no end-of-image marker', bytes([0xff, 0xd8], jpegSegment(0xe0, jfifBody()))],
    ['scan data without an end', bytes([0xff, 0xd8], imageSegments())],
    ['garbage where a marker belongs', bytes([0xff, 0xd8], jpegSegment(0xe0, jfifBody()), [0x12, 0x34, 0xff, 0xd9])],
    ['a second start-of-image', bytes([0xff, 0xd8, 0xff, 0xd8, 0xff, 0xd9])],
  ])('refuses a malformed JPEG: %s', (_name, input) => {
    expectValidationFailed(input);
  });

  it('refuses every truncation of a JPEG with VALIDATION_FAILED', () => {
    const input = jpegWithMetadata().subarray(0, jpegWithMetadata().length - 'AFTER-EOI-CANARY'.length);
    for (let length = 3; length < input.length; length += 1) expectValidationFailed(input.subarray(0, length));
  });

  it('never crashes or hangs on damaged JPEGs: it strips or refuses with VALIDATION_FAILED', () => {
    const base = jpegWithMetadata();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
        const damaged = Buffer.from(base);
        for (const [at, value] of edits) damaged[at] = value;
        try {
          const { output } = stripImageMetadata(damaged);
          expect(output.length).toBeLessThanOrEqual(damaged.length);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('VALIDATION_FAILED');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('S23: PNG metadata stripping', () => {
  it('removes eXIf, text, XMP, time and C2PA chunks, keeping a valid image with the same pixels', () => {
    const { output, removed, format } = stripImageMetadata(pngWithMetadata());
    expect(format).toBe('png');
    expect(Buffer.from(output).equals(cleanPng())).toBe(true);
    expectNoCanaries(output);
    const chunks = pngChunks(Buffer.from(output));
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'gAMA', 'iCCP', 'pHYs', 'IDAT', 'IEND']);
    const idat = chunks.find((chunk) => chunk.type === 'IDAT');
    expect(idat && inflateSync(idat.data).equals(PIXELS)).toBe(true);
    expect(Buffer.from(output).includes(PNG_KEPT.iccp)).toBe(true);
    expect(removed).toEqual(['tEXt', 'eXIf', 'iTXt', 'zTXt', 'tIME', 'caBX', 'data after IEND']);
  });

  it('leaves a clean PNG as it was', () => {
    const clean = cleanPng();
    expect(stripImageMetadata(clean)).toEqual({ output: clean, removed: [], format: 'png' });
  });

  it.each([
    ['only a signature', PNG_SIGNATURE],
    ['a chunk header cut short', bytes(PNG_SIGNATURE, [0, 0, 0, 13, 0x49, 0x48])],
    ['a chunk running past the end', bytes(PNG_SIGNATURE, u32(1000), 'IHDR', [1, 2, 3])],
    ['a chunk length over 2^31', bytes(PNG_SIGNATURE, u32(0x80000000), 'IHDR', new Array<number>(8).fill(0))],
    ['a first chunk other than IHDR', bytes(PNG_SIGNATURE, PNG_KEPT.idat, PNG_KEPT.iend)],
    ['no IEND', bytes(PNG_SIGNATURE, PNG_KEPT.ihdr, PNG_KEPT.idat)],
    ['a chunk type that is not letters', bytes(PNG_SIGNATURE, PNG_KEPT.ihdr, pngChunk('t3Xt', 'x'), PNG_KEPT.iend)],
    ['a wrong checksum', Buffer.concat([PNG_SIGNATURE, PNG_KEPT.ihdr, withBadCrc(pngChunk('tEXt', 'a\0b')), PNG_KEPT.iend])],
  ])('refuses a malformed PNG: %s', (_name, input) => {
    expectValidationFailed(input);
  });

  it('refuses every truncation of a PNG with VALIDATION_FAILED', () => {
    const input = cleanPng();
    for (let length = PNG_SIGNATURE.length; length < input.length; length += 1) expectValidationFailed(input.subarray(0, length));
  });

  it('never crashes or hangs on damaged PNGs', () => {
    const base = pngWithMetadata();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
        const damaged = Buffer.from(base);
        for (const [at, value] of edits) damaged[at] = value;
        try {
          stripImageMetadata(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('VALIDATION_FAILED');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('other formats', () => {
  it.each([
    ['GIF', bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0])],
    ['empty', new Uint8Array(0)],
    ['two bytes that look like a JPEG start', new Uint8Array([0xff, 0xd8])],
    ['a PNG signature cut short', PNG_SIGNATURE.subarray(0, 7)],
    ['text', bytes('GPS-CANARY')],
  ])('returns %s unchanged as "other"', (_name, input) => {
    const result = stripImageMetadata(input);
    expect(result.format).toBe('other');
    expect(result.output).toBe(input);
    expect(result.removed).toEqual([]);
  });
});
