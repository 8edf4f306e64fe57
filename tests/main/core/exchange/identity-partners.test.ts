import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCard } from '../../../../src/main/core/exchange/card';
import { FINGERPRINT_PATTERN } from '../../../../src/main/core/exchange/fingerprint';
import { forgetOrgIdentitySecrets, loadOrgIdentitySecrets } from '../../../../src/main/core/exchange/identity';
import { findPartnerBySigningKey } from '../../../../src/main/core/exchange/partners';
import { x25519PublicKey } from '../../../../src/main/core/crypto/signing';
import { sql } from '../../../../src/main/core/db/sql';
import { CasekeepService } from '../../../../src/main/core/service/service';
import { auditEntries, failure } from '../../../helpers/contract-calls';
import { openService } from '../../../helpers/open-service';
import { tempFolder } from '../../../helpers/temp';

let ours: CasekeepService;
let ourFolder: string;
let theirs: CasekeepService;
let theirCard: string;

beforeAll(async () => {
  ({ service: ours, folder: ourFolder } = await openService());
  const folder = await tempFolder();
  theirs = new CasekeepService({ folder });
  await theirs.call('vault.create', { passphrase: 'the partner organisation vault' });
  await theirs.call('identity.rename', { name: 'Partner NGO (Geneva)' });
  theirCard = (await theirs.call('identity.cardText', {})).card;
  return () => theirs.lock();
});

function vaultDb(service: CasekeepService) {
  if (!service.vault) throw new Error('locked');
  return service.vault.db;
}

/** Every text form a secret key could take in a file or an answer. */
function spellings(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  return [buffer.toString('hex'), buffer.toString('base64'), buffer.toString('base64url').replace(/=+$/, '')];
}

describe('the organisation identity', () => {
  it('exists from creation, shows public keys only, and adds nothing to a new vault’s audit log', async () => {
    const identity = await ours.call('identity.get', {});
    expect(Object.keys(identity).sort()).toEqual(['fingerprint', 'name', 'recipient', 'signingKey']);
    expect(identity.name).toBe('Casekeep');
    expect(identity.recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(Buffer.from(identity.signingKey, 'base64')).toHaveLength(32);
    expect(identity.fingerprint).toMatch(FINGERPRINT_PATTERN);
    expect(await auditEntries(ours)).toBe(0);

    const secrets = await loadOrgIdentitySecrets(vaultDb(ours));
    try {
      // The receiving secret is the scalar of the public key the recipient names.
      expect(Buffer.from(await x25519PublicKey(secrets.x25519Secret)).toString('base64')).toBe(Buffer.from(secrets.x25519Public).toString('base64'));
      expect(Buffer.from(secrets.ed25519Public).toString('base64')).toBe(identity.signingKey);
    } finally {
      forgetOrgIdentitySecrets(secrets);
    }
  });

  it('never lets a secret key out: not in any contract answer, not in the header file (docs/security.md S16)', async () => {
    const secrets = await loadOrgIdentitySecrets(vaultDb(ours));
    const needles = [...spellings(secrets.x25519Secret), ...spellings(secrets.ed25519Secret), ...spellings(secrets.ed25519Secret.subarray(0, 32))];
    forgetOrgIdentitySecrets(secrets);
    const answers = JSON.stringify([
      await ours.call('identity.get', {}),
      await ours.call('identity.cardText', {}),
      await ours.call('partners.list', {}),
      await ours.call('partners.preview', { card: theirCard }),
      await ours.call('vault.status', {}),
    ]);
    const header = await readFile(join(ourFolder, 'vault.json'));
    const card = (await ours.call('identity.cardText', {})).card;
    for (const needle of needles) {
      expect(answers).not.toContain(needle);
      expect(card).not.toContain(needle);
      expect(header.includes(Buffer.from(needle))).toBe(false);
    }
    const raw = await loadOrgIdentitySecrets(vaultDb(ours));
    expect(header.includes(Buffer.from(raw.x25519Secret))).toBe(false);
    expect(header.includes(Buffer.from(raw.ed25519Secret.subarray(0, 32)))).toBe(false);
    forgetOrgIdentitySecrets(raw);
  });

  it('renames itself, audited with a keyed hash rather than the name, and the card follows', async () => {
    const before = await auditEntries(ours);
    const renamed = await ours.call('identity.rename', { name: '  Human Rights Archive  ' });
    expect(renamed.name).toBe('Human Rights Archive');
    expect(await auditEntries(ours)).toBe(before + 1);
    const [entry] = await ours.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'rename_identity', recordKind: 'identity', changes: [{ field: 'name', hash: expect.any(String) }] });
    expect(JSON.stringify(entry)).not.toContain('Human Rights Archive');
    const card = parseCard((await ours.call('identity.cardText', {})).card);
    expect(card).toMatchObject({ name: 'Human Rights Archive', recipient: renamed.recipient, signingKey: renamed.signingKey, fingerprint: renamed.fingerprint });
    // A name that would break a card line, or spoof its direction, is refused and nothing changes.
    for (const name of ['two\nlines', 'right\u202Eleft', 'x'.repeat(201)]) {
      expect((await failure(ours, 'identity.rename', { name })).code).toBe('VALIDATION_FAILED');
    }
    expect((await ours.call('identity.get', {})).name).toBe('Human Rights Archive');
    expect(await auditEntries(ours)).toBe(before + 1);
  });
});

describe('the address book', () => {
  it('previews a card without writing, then adds it, audited by field names and keyed hashes', async () => {
    const before = await auditEntries(ours);
    const theirIdentity = await theirs.call('identity.get', {});
    const preview = await ours.call('partners.preview', { card: theirCard });
    expect(preview).toEqual({ ...theirIdentity, existingPartnerId: null, own: false });
    expect(await ours.call('partners.list', {})).toEqual([]);
    expect(await auditEntries(ours)).toBe(before);

    const partner = await ours.call('partners.add', { card: theirCard, note: 'Met in Almaty' });
    expect(partner).toMatchObject({ name: 'Partner NGO (Geneva)', recipient: theirIdentity.recipient, signingKey: theirIdentity.signingKey, fingerprint: theirIdentity.fingerprint, note: 'Met in Almaty' });
    expect(await ours.call('partners.list', {})).toEqual([partner]);
    const [entry] = await ours.call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'add_partner', recordKind: 'partner', recordId: partner.id });
    expect(entry!.changes.map((c) => c.field)).toEqual(['name', 'note', 'recipient', 'signingKey']);
    expect(JSON.stringify(entry)).not.toMatch(/Geneva|Almaty|age1/);
    expect(await findPartnerBySigningKey(vaultDb(ours), Buffer.from(theirIdentity.signingKey, 'base64'))).toEqual(partner);
    expect(await findPartnerBySigningKey(vaultDb(ours), new Uint8Array(32))).toBeNull();
    expect((await ours.call('partners.preview', { card: theirCard })).existingPartnerId).toBe(partner.id);
  });

  it('refuses the same keys twice and its own card, writing nothing', async () => {
    const before = await auditEntries(ours);
    const twice = await failure(ours, 'partners.add', { card: theirCard, name: 'Another name' });
    expect(twice.code).toBe('CONFLICT');
    const ownCard = (await ours.call('identity.cardText', {})).card;
    expect((await ours.call('partners.preview', { card: ownCard })).own).toBe(true);
    expect((await failure(ours, 'partners.add', { card: ownCard })).code).toBe('CONFLICT');
    expect(await ours.call('partners.list', {})).toHaveLength(1);
    expect(await auditEntries(ours)).toBe(before);
  });

  it('renames, changes the note and removes a partner, each audited', async () => {
    const [partner] = await ours.call('partners.list', {});
    const before = await auditEntries(ours);
    const renamed = await ours.call('partners.update', { id: partner!.id, name: 'Geneva partners' });
    expect(renamed).toMatchObject({ name: 'Geneva partners', note: 'Met in Almaty', signingKey: partner!.signingKey });
    const noted = await ours.call('partners.update', { id: partner!.id, note: '' });
    expect(noted.note).toBe('');
    // The same values again change nothing and write no entry.
    await ours.call('partners.update', { id: partner!.id, note: '' });
    expect(await auditEntries(ours)).toBe(before + 2);
    const entries = await ours.call('audit.list', { limit: 2 });
    expect(entries.map((e) => [e.action, e.changes])).toEqual([
      ['update_partner', [{ field: 'note', hash: expect.any(String) }]],
      ['update_partner', [{ field: 'name', hash: expect.any(String) }]],
    ]);
    // The keys of a partner never change by an update: the contract has no field for them.
    expect((await failure(ours, 'partners.update', { id: partner!.id, signingKey: 'AAAA' })).code).toBe('VALIDATION_FAILED');

    expect(await ours.call('partners.remove', { id: partner!.id })).toEqual({ id: partner!.id });
    expect(await ours.call('partners.list', {})).toEqual([]);
    const [removed] = await ours.call('audit.list', { limit: 1 });
    expect(removed).toMatchObject({ action: 'remove_partner', recordId: partner!.id });
    expect((await failure(ours, 'partners.remove', { id: partner!.id })).code).toBe('NOT_FOUND');
    expect((await ours.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('a card that is not exactly a card', () => {
  function lines(card: string): string[] {
    return card.trimEnd().split('\n');
  }

  async function refused(card: string): Promise<string> {
    const before = await auditEntries(ours);
    const count = (await ours.call('partners.list', {})).length;
    const error = await failure(ours, 'partners.add', { card });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.[0]?.path).toBe('card');
    expect((await failure(ours, 'partners.preview', { card })).details?.reason).toBe(error.details?.reason);
    expect(await auditEntries(ours)).toBe(before);
    expect(await ours.call('partners.list', {})).toHaveLength(count);
    return String(error.details?.reason);
  }

  it('round-trips through what mail does to text: CRLF, a byte-order mark, blank lines around it', async () => {
    const parsed = parseCard(theirCard);
    expect(parseCard(`\uFEFF\r\n${theirCard.replace(/\n/g, '\r\n')}\r\n\r\n`)).toEqual(parsed);
  });

  it('refuses a changed line with the reason that names it', async () => {
    const card = lines(theirCard);
    const edit = (index: number, value: string) => [...card.slice(0, index), value, ...card.slice(index + 1)].join('\n');
    const other = lines((await ours.call('identity.cardText', {})).card);
    expect(await refused(edit(1, 'name: Partner NGO (Genevа)'))).toBe('signature');
    expect(await refused(edit(2, other[2]!))).toBe('fingerprint');
    expect(await refused(edit(3, other[3]!))).toBe('fingerprint');
    expect(await refused(edit(4, 'fingerprint: 00000 00000 00000 00000 00000 00000'))).toBe('fingerprint');
    // A signature that is someone else's, or one flipped bit.
    expect(await refused(edit(5, other[5]!))).toBe('signature');
    const signature = Buffer.from(card[5]!.slice('signature: '.length), 'base64');
    signature[10]! ^= 0x01;
    expect(await refused(edit(5, `signature: ${signature.toString('base64')}`))).toBe('signature');
    expect(await refused(edit(2, 'recipient: age1notarecipient'))).toBe('recipient');
    expect(await refused(edit(2, card[2]!.toUpperCase().replace('RECIPIENT', 'recipient')))).toBe('recipient');
    expect(await refused(edit(3, 'signing-key: AAAA'))).toBe('signing-key');
    expect(await refused(edit(1, 'name: two\u202Edirections'))).toBe('name');
    expect(await refused(edit(1, 'nom: Partner NGO (Geneva)'))).toBe('format');
    expect(await refused([card[0], card[2], card[1], ...card.slice(3)].join('\n'))).toBe('format');
    expect(await refused(`${theirCard}extra: line\n`)).toBe('format');
  });

  it('refuses a card cut short at every line and at many lengths', async () => {
    const card = lines(theirCard);
    for (let keep = 1; keep < card.length; keep += 1) expect(await refused(card.slice(0, keep).join('\n'))).toBe('truncated');
    for (const length of [20, 60, 100, 150, 200, theirCard.length - 40, theirCard.length - 3]) {
      expect(['truncated', 'signature', 'fingerprint', 'signing-key', 'recipient']).toContain(await refused(theirCard.slice(0, length)));
    }
  });

  it('refuses garbage, another format version and oversize input, each with its own reason', async () => {
    expect(await refused('')).toBe('not-a-card');
    expect(await refused('hello, this is not a card')).toBe('not-a-card');
    expect(await refused(Buffer.from(theirCard).toString('base64'))).toBe('not-a-card');
    expect(await refused(theirCard.replace('casekeep-card-v1', 'casekeep-card-v2'))).toBe('too-new');
    // Past the contract's limit the schema refuses it before the parser runs.
    const big = await failure(ours, 'partners.add', { card: theirCard + ' '.repeat(5000) });
    expect(big.code).toBe('VALIDATION_FAILED');
    expect(() => parseCard(theirCard + ' '.repeat(5000))).toThrow(/at most/);
  });
});

describe('partner rows', () => {
  it('live only in the encrypted database', async () => {
    const rows = await vaultDb(ours).all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE name IN ('org_identity', 'partners')`);
    expect(rows.map((r) => r.name).sort()).toEqual(['org_identity', 'partners']);
  });
});
