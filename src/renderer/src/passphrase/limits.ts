/*
 * The contract's passphrase bounds (src/shared/api/vault.ts), restated instead of imported:
 * importing that module brings zod into the page, and zod probes `new Function` whenever it
 * builds an object schema, which the CSP refuses with a violation on every start.
 * tests/renderer/passphrase-limits.test.ts fails if the two ever differ.
 */
export const PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_MAX_LENGTH = 1024;
export const RECOVERY_KEY_MAX_LENGTH = 200;
