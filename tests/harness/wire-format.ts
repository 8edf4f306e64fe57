/*
 * Electron's IPC carries structured clones, so a contract method may one day take or return
 * bytes (attachments). JSON cannot, so the harness and its page shim tag each byte array as
 * base64 under this key. preload-sandbox.js holds the same two functions for the browser side.
 */
const BYTES_TAG = '__casekeepBytes';

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, converted: unknown) {
    // `this[key]` is the value before toJSON(), which would turn a Buffer into { type, data }.
    const original = this[key];
    if (original instanceof Uint8Array) {
      return { [BYTES_TAG]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') };
    }
    return converted;
  });
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && Object.keys(value).length === 1) {
      const tagged = (value as Record<string, unknown>)[BYTES_TAG];
      if (typeof tagged === 'string') return new Uint8Array(Buffer.from(tagged, 'base64'));
    }
    return value;
  });
}
