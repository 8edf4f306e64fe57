import { bech32 } from '@scure/base';
import { AppError } from '../../../../shared/errors';

/**
 * The age text forms of X25519 keys: recipients `age1…` in lower case and identities
 * `AGE-SECRET-KEY-1…` in upper case, both Bech32 (BIP 173) without its 90-character limit
 * mattering (they are 62 and 74 characters). Case is checked as the reference Go implementation
 * does, so a key one tool accepts the other accepts too.
 */
const RECIPIENT_PREFIX = 'age';
const IDENTITY_PREFIX = 'AGE-SECRET-KEY-';
const MAX_IDENTITIES = 1000;

function encodeKey(prefix: string, key: Uint8Array, what: string): string {
  if (key.length !== 32) throw new AppError('VALIDATION_FAILED', `An X25519 ${what} is 32 bytes long.`);
  return bech32.encode(prefix, bech32.toWords(key), 100);
}

function decodeKey(text: string, prefix: string, what: string): Uint8Array {
  const refuse = (): never => {
    throw new AppError('VALIDATION_FAILED', `This is not an age ${what}.`);
  };
  const wantedCase = prefix === IDENTITY_PREFIX ? text.toUpperCase() : text.toLowerCase();
  if (text !== wantedCase || text.length > 100) return refuse();
  let decoded: { prefix: string; words: number[] };
  try {
    decoded = bech32.decode(text as `${string}1${string}`, 100);
  } catch {
    return refuse();
  }
  if (decoded.prefix !== prefix.toLowerCase()) return refuse();
  let key: Uint8Array;
  try {
    key = bech32.fromWords(decoded.words);
  } catch {
    return refuse();
  }
  if (key.length !== 32) return refuse();
  return key;
}

/** The age1… recipient string of an X25519 public key. */
export function x25519Recipient(publicKey: Uint8Array): string {
  return encodeKey(RECIPIENT_PREFIX, publicKey, 'public key');
}

/** The AGE-SECRET-KEY-1… identity string (upper case) of an X25519 secret key. */
export function x25519IdentityString(secretKey: Uint8Array): string {
  return encodeKey(IDENTITY_PREFIX, secretKey, 'secret key').toUpperCase();
}

/** The 32-byte X25519 public key of an age1… recipient string (surrounding spaces allowed). */
export function parseRecipient(text: string): Uint8Array {
  return decodeKey(text.trim(), RECIPIENT_PREFIX, 'recipient (age1…)');
}

/** One AGE-SECRET-KEY-1… identity string. */
export function parseIdentity(text: string): Uint8Array {
  return decodeKey(text.trim(), IDENTITY_PREFIX, 'identity (AGE-SECRET-KEY-1…)');
}

/**
 * The secret keys of an identity file as `age-keygen` writes it: one AGE-SECRET-KEY-1… per line,
 * `#` comments and blank lines ignored, LF or CRLF. Any other line is refused rather than skipped,
 * so a plugin or post-quantum identity is not silently ignored.
 */
export function parseIdentityFile(text: string): Uint8Array[] {
  const keys: Uint8Array[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    try {
      keys.push(parseIdentity(line));
    } catch {
      throw new AppError('VALIDATION_FAILED', `Line ${index + 1} of the identity file is not an age X25519 identity (AGE-SECRET-KEY-1…).`, {
        details: { line: index + 1 },
      });
    }
    if (keys.length > MAX_IDENTITIES) throw new AppError('VALIDATION_FAILED', `An identity file holds at most ${MAX_IDENTITIES} keys.`);
  }
  if (keys.length === 0) throw new AppError('VALIDATION_FAILED', 'The identity file holds no age identity (AGE-SECRET-KEY-1…).');
  return keys;
}
