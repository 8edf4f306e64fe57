import { AppError } from '../../shared/errors';
import { seedVault, type SeedProgress } from '../../../tools/seed/seed-vault';
import { intOption, unlock, UsageError, type Command, type CommandSpec } from '../command';

/** Far beyond any demo; the benchmarks go to 100,000. */
const MAX_TESTIMONIES = 1_000_000;

const count = (n: number) => n.toLocaleString('en-US');

/** A progress line rewritten in place; only on a terminal, so logs and pipes stay clean. */
function progressLine(cmd: Command, total: number): { update(progress: SeedProgress): void; end(): void } {
  const shown = cmd.io.stderr.isTTY === true;
  let drawn = false;
  return {
    update(p) {
      if (!shown) return;
      drawn = true;
      cmd.io.stderr.write(`\rSeeding: ${count(p.testimonies)} of ${count(total)} testimonies, ${count(p.records)} records`);
    },
    end() {
      if (drawn) cmd.io.stderr.write('\n');
    },
  };
}

/**
 * A developer tool, so it calls the core directly rather than through a contract method: the UI
 * must never be able to fill a real vault with invented cases.
 */
export const seedCommands: Record<string, CommandSpec> = {
  seed: {
    synopsis: 'seed --testimonies N',
    args: [0, 0],
    options: ['testimonies', 'seed'],
    async run(cmd) {
      const testimonies = intOption(cmd, 'testimonies', 1, MAX_TESTIMONIES);
      if (testimonies === undefined) throw new UsageError('seed needs --testimonies N.');
      const seed = intOption(cmd, 'seed', 0, 2 ** 32 - 1) ?? 1;
      await unlock(cmd);
      const vault = cmd.service.vault;
      if (!vault?.isOpen) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
      const progress = progressLine(cmd, testimonies);
      const result = await seedVault(vault, { testimonies, seed }, (p) => progress.update(p))
        .catch((error: unknown) => {
          // Ids come from the seed and the size, so the same run twice meets its own records.
          if (error instanceof AppError && error.code === 'CONFLICT') {
            throw new AppError('CONFLICT', `This vault already holds these seeded records (seed ${seed}); use another --seed or a fresh vault.`);
          }
          throw error;
        })
        .finally(() => progress.end());
      const seconds = result.milliseconds / 1000;
      const recordsPerSecond = Math.round(result.records / seconds);
      const writeRecordsPerSecond = Math.round(result.records / (result.writeMilliseconds / 1000));
      const kinds = Object.entries(result.byKind).map(([kind, n]) => `${count(n)} ${kind}`).join(', ');
      cmd.print(
        `Seeded ${count(result.records)} records (${kinds}) in ${seconds.toFixed(1)} s: ` +
          `${count(recordsPerSecond)} records/s (${count(writeRecordsPerSecond)} records/s writing alone).`,
        { seed, ...result, seconds, recordsPerSecond, writeRecordsPerSecond },
      );
    },
  },
};
