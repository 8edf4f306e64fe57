import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasekeepService } from '../../../../src/main/core/service/service';

describe('the interface language remembered outside the vault', () => {
  let dir: string;
  let file: string;
  let service: CasekeepService;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casekeep-preferences-'));
    file = join(dir, 'preferences.json');
    service = new CasekeepService({ folder: join(dir, 'vault'), preferencesFile: file });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is read and written before any vault exists, and holds the language code alone', async () => {
    expect(await service.call('preferences.get', {})).toEqual({});
    expect(await service.call('preferences.set', { language: 'kk' })).toEqual({ language: 'kk' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'kk' });
    expect(await readdir(dir)).toEqual(['preferences.json']);
    const again = new CasekeepService({ folder: join(dir, 'vault'), preferencesFile: file });
    expect(await again.call('preferences.get', {})).toEqual({ language: 'kk' });
  });

  it.each([
    ['not JSON', '{"language": "ru"'],
    ['an unknown language', '{"language":"de"}'],
    ['a key of someone else', '{"language":"ru","case":"Қайрат"}'],
    ['a list', '["ru"]'],
    ['too large to be ours', `{"language":"ru","pad":"${'x'.repeat(4096)}"}`],
  ])('reads %s as nothing remembered', async (_name, text) => {
    await writeFile(file, text);
    expect(await service.call('preferences.get', {})).toEqual({});
  });

  it('refuses an unknown language with a typed error and leaves the file as it was', async () => {
    await service.call('preferences.set', { language: 'ru' });
    const result = await service.invoke('preferences.set', { language: 'de' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await service.invoke('preferences.set', { language: 'ru', extra: 1 })).toMatchObject({ ok: false });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'ru' });
  });

  it('remembers nothing for a host without a preferences file', async () => {
    const bare = new CasekeepService({ folder: join(dir, 'vault') });
    expect(await bare.call('preferences.set', { language: 'ru' })).toEqual({});
    expect(await bare.call('preferences.get', {})).toEqual({});
    expect(await readdir(dir)).toEqual([]);
  });
});
