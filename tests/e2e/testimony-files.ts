/*
 * Files for the testimony spec, built in memory: a tiny valid JPEG carrying Exif with GPS
 * coordinates (after tests/main/core/attachments/strip-metadata.test.ts, whose fixtures are not
 * exported), and a large block of bytes for a multi-chunk upload.
 */
import { createHash, randomBytes } from 'node:crypto';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const u16 = (n: number): number[] => [n >> 8, n & 0xff];
const u32 = (n: number): number[] => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function segment(marker: number, body: string | number[] | Uint8Array): Buffer {
  const content = bytes(body);
  return bytes([0xff, marker], u16(content.length + 2), content);
}

/** A big-endian TIFF block as in Exif: IFD0 with Make, and a GPS IFD with a position. */
function tiffWithGps(): Buffer {
  const make = 'FieldCam\0';
  const ifd0 = 8;
  const makeAt = ifd0 + 2 + 2 * 12 + 4;
  const gps = makeAt + make.length;
  const latAt = gps + 2 + 4 * 12 + 4;
  const lonAt = latAt + 24;
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
    u16(4),
    entry(0x0001, 2, 2, [0x4e, 0, 0, 0]),
    entry(0x0002, 5, 3, u32(latAt)),
    entry(0x0003, 2, 2, [0x45, 0, 0, 0]),
    entry(0x0004, 5, 3, u32(lonAt)),
    u32(0),
    [...u32(43), ...u32(1), ...u32(49), ...u32(1), ...u32(1234), ...u32(100)],
    [...u32(87), ...u32(1), ...u32(36), ...u32(1), ...u32(4321), ...u32(100)],
  );
}

/** A 64×8 grey baseline JPEG (hand-assembled scan) with an Exif block holding GPS data. */
export function jpegWithGps(): Buffer {
  const jfif = [...Buffer.from('JFIF\0'), 1, 1, 0, ...u16(1), ...u16(1), 0, 0];
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, jfif),
    segment(0xe1, bytes('Exif\0\0', tiffWithGps())),
    segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    segment(0xc0, [8, ...u16(8), ...u16(64), 1, 1, 0x11, 0]),
    segment(0xc4, [0x00, 1, 1, ...new Array<number>(14).fill(0), 0x00, 0x08]),
    segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]),
    segment(0xdd, u16(4)),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    [0x02, 0xff, 0x00, 0x7f, 0xff, 0xd0, 0x02, 0xff, 0x00, 0x7f],
    [0xff, 0xd9],
  );
}

/** Random bytes: incompressible, so every chunk is a full chunk on the wire. */
export function largeFile(size: number): Buffer {
  return randomBytes(size);
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
