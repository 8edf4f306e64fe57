/** Bytes waiting to be cut into chunks, kept as the pieces they arrived in to avoid re-copying. */
export class ByteQueue {
  private pieces: Buffer[] = [];
  length = 0;

  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pieces.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.length += bytes.length;
  }

  /** The first `n` bytes, removed from the queue. */
  take(n: number): Buffer {
    if (n > this.length) throw new RangeError('ByteQueue underflow');
    const first = this.pieces[0];
    let out: Buffer;
    if (first && first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.pieces.shift();
      else this.pieces[0] = first.subarray(n);
    } else {
      out = Buffer.allocUnsafe(n);
      let at = 0;
      while (at < n) {
        const piece = this.pieces[0] as Buffer;
        const used = Math.min(piece.length, n - at);
        piece.copy(out, at, 0, used);
        at += used;
        if (used === piece.length) this.pieces.shift();
        else this.pieces[0] = piece.subarray(used);
      }
    }
    this.length -= n;
    return out;
  }

  /** Everything queued, as one buffer (the queue keeps it). */
  peekAll(): Buffer {
    if (this.pieces.length > 1) this.pieces = [Buffer.concat(this.pieces)];
    return this.pieces[0] ?? Buffer.alloc(0);
  }
}
