import { createHash, generateKeyPairSync, sign } from 'node:crypto';

/*
 * Another organisation's card, written from docs/export-format.md ("Public card", "Organisation
 * fingerprint") with Node's own crypto rather than the app's code: the spec then also checks that
 * the documented format is the one the app reads.
 */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function polymod(values: number[]): number {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let check = 1;
  for (const value of values) {
    const top = check >>> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    generators.forEach((generator, bit) => {
      if ((top >>> bit) & 1) check ^= generator;
    });
  }
  return check;
}

/** BIP 173 Bech32 of 8-bit data, as age writes recipients. */
function bech32(prefix: string, data: Uint8Array): string {
  const words: number[] = [];
  let accumulator = 0;
  let bits = 0;
  for (const byte of data) {
    accumulator = (accumulator << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words.push((accumulator >>> bits) & 31);
    }
  }
  if (bits > 0) words.push((accumulator << (5 - bits)) & 31);
  const expanded = [...[...prefix].map((c) => c.charCodeAt(0) >> 5), 0, ...[...prefix].map((c) => c.charCodeAt(0) & 31)];
  const check = polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (check >>> (5 * (5 - i))) & 31);
  return `${prefix}1${[...words, ...checksum].map((w) => CHARSET[w]).join('')}`;
}

function rawPublicKey(key: ReturnType<typeof generateKeyPairSync>['publicKey']): Buffer {
  return Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url');
}

export function documentedFingerprint(x25519: Uint8Array, ed25519: Uint8Array): string {
  const hash = createHash('sha256').update('casekeep-fingerprint-v1\n').update(x25519).update(ed25519).digest();
  return [0, 1, 2, 3, 4, 5].map((i) => String(Number(hash.readUIntBE(5 * i, 5) % 100000)).padStart(5, '0')).join(' ');
}

export function partnerCard(name: string): { card: string; fingerprint: string } {
  const receiving = generateKeyPairSync('x25519');
  const signing = generateKeyPairSync('ed25519');
  const x25519 = rawPublicKey(receiving.publicKey);
  const ed25519 = rawPublicKey(signing.publicKey);
  const fingerprint = documentedFingerprint(x25519, ed25519);
  const body = `casekeep-card-v1\nname: ${name}\nrecipient: ${bech32('age', x25519)}\nsigning-key: ${ed25519.toString('base64')}\nfingerprint: ${fingerprint}\n`;
  const signature = sign(null, Buffer.from(body), signing.privateKey);
  return { card: `${body}signature: ${signature.toString('base64')}\n`, fingerprint };
}
