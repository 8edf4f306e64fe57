import type { Section } from './section';
import { Table } from './table';
import { BATCH_ROWS, INSERTED_ROWS, insertRounds, type InsertVariant } from './vault-inserts';

/*
 * Where the encrypted insert time goes: the same raw driver and statements with no key, with a
 * key as the vault sets it (cipher_memory_security OFF, which tests/main/core/vault-security.test.ts
 * asserts: docs/security.md S15), and with memory security ON, as the vault had it before. Each variant gets its own process:
 * memory security cannot be switched off again once a process has turned it on.
 */
const NO_KEY = 'no key';
const KEYED = 'key, cipher_memory_security OFF (the vault)';
const MEMORY_SECURITY = 'key, cipher_memory_security ON';

export const sqlcipherSection: Section = {
  name: 'sqlcipher',
  summary: 'what SQLCipher settings cost: the same raw inserts with no key, a key (the vault), a key + memory security',
  async run(context) {
    const groups: InsertVariant[][] = [['plain-run-batch'], ['keyed-run-batch'], ['keyed-memory-security-run-batch']];
    const { seconds } = await insertRounds(context, 'sqlcipher', groups);
    const row = (name: string, key: InsertVariant, vs?: string) => ({ name, value: seconds.median(key), samples: seconds.all(key), unit: 's', vs });
    context.report(
      new Table(`SQLCipher settings: ${INSERTED_ROWS.toLocaleString('en')} testimonies, ${BATCH_ROWS} rows/statement, raw driver — median of ${context.rounds}`)
        .add(row(NO_KEY, 'plain-run-batch'))
        .add(row(KEYED, 'keyed-run-batch', NO_KEY))
        .add(row(MEMORY_SECURITY, 'keyed-memory-security-run-batch', NO_KEY))
        .compare('memory security ON ÷ OFF', MEMORY_SECURITY, KEYED)
        .note('Memory security wipes (and locks) the memory SQLite allocates; once ON it stays ON for the whole')
        .note('process, so every SQLite connection in that process pays for it, unencrypted ones included.'),
    );
  },
};
