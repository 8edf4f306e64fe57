import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasekeepService } from '../../../../src/main/core/service/service';
import { tempFolder } from '../../../helpers/temp';

/*
 * An organisation through a real bundle: exported under the partner profile by one vault, read
 * and applied by another through the contract, with its names, kind, people and the incident it
 * is the victim of.
 */

let a: CasekeepService;
let b: CasekeepService;
let out: string;
let save: string | null = null;
const open: { path: string | null } = { path: null };
const ids: Record<string, string> = {};

beforeAll(async () => {
  out = await tempFolder('casekeep-organisation-out-');
  a = new CasekeepService({ folder: await tempFolder('casekeep-organisation-a-'), chooseSavePath: async () => (save ? { path: save, overwrite: false } : null) });
  b = new CasekeepService({ folder: await tempFolder('casekeep-organisation-b-'), chooseOpenPath: async () => open.path });
  await a.call('vault.create', { passphrase: 'the vault that sends the organisation' });
  await b.call('vault.create', { passphrase: 'the vault that receives the organisation' });
  await a.call('partners.add', { card: (await b.call('identity.cardText', {})).card, name: 'Vault B' });
  ids.case = (await a.call('records.create', { kind: 'case', data: { title: 'Atajurt' } })).id;
  ids.chairman = (await a.call('records.create', { kind: 'person', data: { caseIds: [ids.case], names: [{ value: 'Серікжан Біләш', script: 'Cyrl' }] } })).id;
  ids.organisation = (
    await a.call('records.create', {
      kind: 'organisation',
      data: {
        caseIds: [ids.case],
        names: [
          { value: 'Atajurt Volunteers', script: 'Latn' },
          { value: 'ئاتاجۇرت پىدائىيلىرى', script: 'Arab', language: 'ug' },
        ],
        type: 'human_rights_organisation',
        members: [{ personId: ids.chairman, role: 'head' }],
      },
    })
  ).id;
  ids.incident = (
    await a.call('records.create', { kind: 'incident', data: { caseIds: [ids.case], title: 'Office searched', type: 'search_or_raid', involved: [{ organisationId: ids.organisation, role: 'victim' }] } })
  ).id;
});

afterAll(async () => {
  await Promise.all([a.lock(), b.lock()]);
});

describe('an organisation in a bundle', () => {
  it('travels under the partner profile whole, its people and its incident with it, and is found by name on arrival', async () => {
    save = join(out, 'to-b.age');
    const exported = await a.call('exports.create', { caseIds: [ids.case!], recipients: [(await b.call('identity.get', {})).recipient], profile: 'partner' });
    if (!exported.saved) throw new Error('not saved');
    open.path = exported.path;
    const preview = await b.call('imports.preview', {});
    if ('cancelled' in preview) throw new Error('no preview');
    expect(preview.warnings).toEqual([]);
    const result = await b.call('imports.apply', { token: preview.token, acceptSigner: true });
    expect(result.counts.new).toBe(4);

    const sent = await a.call('records.get', { id: ids.organisation! });
    const received = await b.call('records.get', { id: ids.organisation! });
    expect(received.kind).toBe('organisation');
    expect(received.data).toEqual(sent.data);
    expect(received.label).toBe('Atajurt Volunteers');
    expect((await b.call('records.get', { id: ids.incident! })).data).toMatchObject({ involved: [{ organisationId: ids.organisation, role: 'victim' }] });
    expect((await b.call('search.query', { text: 'پىدائىيلىرى' })).map((hit) => hit.id)).toEqual([ids.organisation]);
    expect((await b.call('records.referencing', { id: ids.chairman!, kind: 'organisation' })).map((r) => r.id)).toEqual([ids.organisation]);
    expect((await b.call('records.list', { kind: 'organisation', caseId: ids.case! })).total).toBe(1);
  });
});
