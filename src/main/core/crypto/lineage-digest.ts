import { createHash } from 'node:crypto';

/**
 * SHA-256, lowercase hex, of a domain tag and a text: names versions of records and bundles in
 * the exchange lineage. Kept here because only this folder may reach node:crypto.
 */
export function taggedSha256Hex(domain: string, text: string): string {
  return createHash('sha256').update(`${domain}\n`).update(text, 'utf8').digest('hex');
}
