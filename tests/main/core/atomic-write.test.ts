import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteStep } from '../../../src/main/core/fs/atomic-write';
import { tempFolder } from '../../helpers/temp';

describe('S19 atomic writes', () => {
  const steps: WriteStep[] = ['opened', 'written', 'synced', 'renamed'];

  it.each(steps)('leaves the old or the new version, never a mixture, when it fails after %s', async (failAt) => {
    const folder = await tempFolder();
    const target = join(folder, 'vault.json');
    await writeFile(target, 'old version');
    const failing = writeFileAtomic(target, 'new version', {
      onStep: (step) => {
        if (step === failAt) throw new Error(`crash after ${step}`);
      },
    });
    await expect(failing).rejects.toThrow(`crash after ${failAt}`);
    const content = await readFile(target, 'utf8');
    expect(failAt === 'renamed' ? 'new version' : 'old version').toBe(content);
    expect(await readdir(folder)).toEqual(['vault.json']);
  });

  it('writes new files with owner-only permissions', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'fresh.bin');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    const { stat } = await import('node:fs/promises');
    expect((await stat(target)).mode & 0o077).toBe(0);
  });
});
