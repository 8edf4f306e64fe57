import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { decrypt } from '../../src/main/core/crypto/age';
import { forgetOrgIdentitySecrets, loadOrgIdentitySecrets } from '../../src/main/core/exchange/identity';
import { CasekeepService } from '../../src/main/core/service/service';
import type { PartnerView } from '../../src/shared/api';
import { tempFolder } from '../helpers/temp';
import { cli, PASSPHRASE } from './helpers';

const run = promisify(execFile);

let folder: string;
let ours: string;
let theirs: string;

beforeAll(async () => {
  folder = await tempFolder();
  ours = join(folder, 'ours');
  theirs = join(folder, 'theirs');
  expect((await cli(['init', '--vault', ours])).code).toBe(0);
  expect((await cli(['init', '--vault', theirs])).code).toBe(0);
}, 180_000);

// Every CLI run unlocks the vault again (Argon2id at 256 MiB): seconds each on a busy machine.
describe('casekeep identity and partner', { timeout: 180_000 }, () => {
  it('identity --json gives an age1… recipient the stock age tool encrypts to, and we decrypt', async () => {
    const ran = await cli(['identity', '--vault', ours, '--json']);
    expect(ran.code).toBe(0);
    const identity = ran.json<{ name: string; recipient: string; signingKey: string; fingerprint: string; card: string }>();
    expect(identity.recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(identity.card.startsWith('casekeep-card-v1\n')).toBe(true);
    expect(identity.card).toContain(`recipient: ${identity.recipient}\n`);

    const plain = join(folder, 'for-us.txt');
    const sealed = join(folder, 'for-us.age');
    await writeFile(plain, 'Sent to the organisation with age itself.\n');
    await run('age', ['-r', identity.recipient, '-o', sealed, plain]);

    const service = new CasekeepService({ folder: ours });
    await service.call('vault.unlock', { passphrase: PASSPHRASE });
    try {
      const secrets = await loadOrgIdentitySecrets(service.vault!.db);
      try {
        const opened = await decrypt(new Uint8Array(await readFile(sealed)), { identities: [secrets.x25519Secret] });
        expect(Buffer.from(opened).toString('utf8')).toBe('Sent to the organisation with age itself.\n');
      } finally {
        forgetOrgIdentitySecrets(secrets);
      }
    } finally {
      await service.lock();
    }
  });

  it('prints the card itself without --json, adds it in another vault, lists and removes it', async () => {
    const card = await cli(['identity', '--vault', theirs]);
    expect(card.code).toBe(0);
    expect(card.out.split('\n')[0]).toBe('casekeep-card-v1');
    const cardFile = join(folder, 'their-card.txt');
    await writeFile(cardFile, card.out);

    const added = await cli(['partner', 'add', '--vault', ours, cardFile, '--name', 'Их организация', '--json']);
    expect(added.code).toBe(0);
    const partner = added.json<PartnerView>();
    expect(partner.name).toBe('Их организация');
    const theirIdentity = (await cli(['identity', '--vault', theirs, '--json'])).json<{ fingerprint: string; recipient: string }>();
    expect(partner).toMatchObject({ fingerprint: theirIdentity.fingerprint, recipient: theirIdentity.recipient });

    const human = await cli(['partner', 'list', '--vault', ours]);
    expect(human.out).toContain(partner.id);
    expect(human.out).toContain(theirIdentity.fingerprint);
    expect((await cli(['partner', 'list', '--vault', ours, '--json'])).json<PartnerView[]>()).toEqual([partner]);

    const removed = await cli(['partner', 'remove', '--vault', ours, partner.id]);
    expect(removed.code).toBe(0);
    expect((await cli(['partner', 'list', '--vault', ours, '--json'])).json<PartnerView[]>()).toEqual([]);
  });

  it('identity --out writes the card to a file and leaves an existing one alone without --force', async () => {
    const out = join(folder, 'our-card.txt');
    const written = await cli(['identity', '--vault', ours, '--out', out, '--json']);
    expect(written.code).toBe(0);
    expect(written.json<{ path: string }>().path).toBe(out);
    const card = await readFile(out, 'utf8');
    expect(card.startsWith('casekeep-card-v1\n')).toBe(true);
    const again = await cli(['identity', '--vault', ours, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('CONFLICT');
    expect(await readFile(out, 'utf8')).toBe(card);
  });

  it('refuses a tampered card with its reason and adds nothing', async () => {
    const card = (await cli(['identity', '--vault', theirs])).out;
    const tampered = join(folder, 'tampered-card.txt');
    await writeFile(tampered, card.replace(/^name: .*$/m, 'name: Someone Else'));
    const ran = await cli(['partner', 'add', '--vault', ours, tampered, '--json']);
    expect(ran.code).toBe(1);
    expect(JSON.parse(ran.err)).toMatchObject({ error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('signature') } });
    expect((await cli(['partner', 'list', '--vault', ours, '--json'])).json<PartnerView[]>()).toEqual([]);
    expect((await cli(['partner', 'frobnicate', '--vault', ours])).code).toBe(2);
    expect((await cli(['partner', 'remove', '--vault', ours, 'not-an-id'])).code).toBe(2);
  });
});
