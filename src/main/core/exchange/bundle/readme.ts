import type { BundleSender } from '../bundle-types';
import { CHECKSUMS_PATH, MANIFEST_PATH, SIGNATURE_PATH } from './format';

/** SubjectPublicKeyInfo prefix of an Ed25519 key (RFC 8410): the raw 32 bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The sender's signing key as a PEM block, so `openssl` can check manifest.sig. */
export function signingKeyPem(signingKey: Uint8Array): string {
  const der = Buffer.concat([ED25519_SPKI_PREFIX, signingKey]).toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${der}\n-----END PUBLIC KEY-----`;
}

/** A title as one line of bounded length, without direction overrides: it is the sender's text, read in a terminal. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

export interface ReadmeFacts {
  sender: BundleSender;
  signingKey: Uint8Array;
  bundleId: string;
  createdAt: string;
  profile: string;
  records: number;
  attachments: number;
  summaries: Array<{ caseId: string; title: string }>;
}

/**
 * README.txt: how a partner with only `age`, `tar`, `sha256sum` and `openssl` reads and checks
 * the bundle. Plain ASCII apart from the sender's name, so any terminal shows it.
 */
export function readmeText(f: ReadmeFacts): string {
  return `Casekeep bundle ${f.bundleId}

From:         ${f.sender.name}
Fingerprint:  ${f.sender.fingerprint}
Created:      ${f.createdAt}
Profile:      ${f.profile}
Contents:     ${f.records} records, ${f.attachments} files, ${f.summaries.length} case summaries

Before trusting anything here, compare the fingerprint above with the one the sender read to you
(by phone or in person). The fingerprint in this file is only a claim until the signature check
in step 3 passes with the key below, and that key is only as trusted as the fingerprint.

You already decrypted the bundle if you are reading this, for example with:

    age -d -i my-key.txt bundle.ckb > bundle.tar
    mkdir bundle && tar -x -f bundle.tar -C bundle && cd bundle

1. What is inside

    summary/<case id>.html   a readable page for each case: open it in a web browser
    records/<id>.json        each record as JSON (fields left out are listed in "redacted")
    attachments/<sha256>     each file, named by the SHA-256 of its bytes; names and types
                             are in ${MANIFEST_PATH} under "attachments"
    audit.json               the sender's audit-log entries for these records
    ${MANIFEST_PATH}            every entry with its size and SHA-256, and the sender
    ${SIGNATURE_PATH}             the sender's Ed25519 signature of ${MANIFEST_PATH}

${f.summaries.map((s) => `    summary/${s.caseId}.html  ${oneLine(s.title)}\n`).join('')}
2. Check every file against its hash

    sha256sum -c ${CHECKSUMS_PATH}

   and check that ${CHECKSUMS_PATH} itself is the one the manifest names:

    sha256sum ${CHECKSUMS_PATH}
    grep -o '"path":"${CHECKSUMS_PATH}","sha256":"[0-9a-f]*"' ${MANIFEST_PATH}

3. Check the signature of the manifest (OpenSSL 3): save the key below as sender.pem, then

    openssl pkeyutl -verify -pubin -inkey sender.pem -rawin -in ${MANIFEST_PATH} -sigfile ${SIGNATURE_PATH}

   It must print "Signature Verified Successfully".

${signingKeyPem(f.signingKey)}

Casekeep does all of this in one step: casekeep bundle verify FILE --identity KEYFILE
The format is described in docs/export-format.md of Casekeep.
`;
}
