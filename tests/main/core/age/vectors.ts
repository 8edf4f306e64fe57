import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import * as cctv from 'cctv-age';

/** One C2SP age test vector (npm cctv-age): a text header, a blank line, then the age file. */
export interface AgeVector {
  name: string;
  expect: string;
  payload?: string;
  identities: string[];
  passphrases: string[];
  armored: boolean;
  file: Buffer;
}

export function loadVectors(): AgeVector[] {
  return Object.entries(cctv as unknown as Record<string, Uint8Array>)
    .filter(([name, bytes]) => name !== 'default' && bytes instanceof Uint8Array)
    .map(([name, bytes]) => {
      const all = Buffer.from(bytes);
      const split = all.indexOf('\n\n');
      const vector: AgeVector = { name, expect: '', identities: [], passphrases: [], armored: false, file: all.subarray(split + 2) };
      let compressed = false;
      for (const line of all.subarray(0, split).toString('utf8').split('\n')) {
        const colon = line.indexOf(': ');
        const key = line.slice(0, colon);
        const value = line.slice(colon + 2);
        if (key === 'expect') vector.expect = value;
        else if (key === 'payload') vector.payload = value;
        else if (key === 'identity') vector.identities.push(value);
        else if (key === 'passphrase') vector.passphrases.push(value);
        else if (key === 'armored') vector.armored = value === 'yes';
        else if (key === 'compressed') compressed = value === 'zlib';
      }
      if (compressed) vector.file = inflateSync(vector.file);
      return vector;
    });
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
