import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';

/** Pieces of `bytes` of the given size (the last may be shorter), as a readable stream. */
export function piecesOf(bytes: Uint8Array, piece: number): Readable {
  const size = Math.max(1, piece);
  function* pieces(): Generator<Buffer> {
    for (let at = 0; at < bytes.length; at += size) yield Buffer.from(bytes.subarray(at, at + size));
  }
  return Readable.from(pieces());
}

/** Runs `bytes` through a transform in pieces and collects what comes out (and any error). */
export async function throughTransform(transform: Transform, bytes: Uint8Array, piece = 65_536): Promise<{ out: Buffer; error?: unknown }> {
  const out: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out.push(chunk);
      callback();
    },
  });
  try {
    await pipeline(piecesOf(bytes, piece), transform, sink);
    return { out: Buffer.concat(out) };
  } catch (error) {
    return { out: Buffer.concat(out), error };
  }
}
