import { describe, expect, it } from 'vitest';
import { caseSummaryHtml } from '../../../../src/main/core/exchange/export/case-summary';
import { attachmentsAllowed, consentCovers, redactRecord, type Audience } from '../../../../src/main/core/exchange/export/redaction';
import type { BundleRecord } from '../../../../src/main/core/exchange/bundle-types';
import { SENSITIVE_FIELDS } from '../../../../src/main/core/store/sensitivity';

const PARTNER_A = '01900000-0000-7000-8000-00000000000a';
const PARTNER_B = '01900000-0000-7000-8000-00000000000b';
const to = (...partnerIds: string[]): Audience => ({ partnerIds, unknownRecipients: 0, passphrase: false });
const share = (granted: boolean, date: string, partnerIds: string[]) => ({ use: 'share_partners' as const, granted, date, how: 'oral' as const, partnerIds });

const testimony = {
  caseIds: [],
  sourceId: '01900000-0000-7000-8000-000000000001',
  interviewDate: '2019-05-02',
  place: 'Almaty, a café near the bazaar',
  interviewer: 'D. K.',
  language: 'kk',
  transcript: 'They took my father in March.',
  translations: [{ language: 'en', text: 'They took my father.' }],
  summary: 'Father detained in 2018.',
  personLinks: [{ personId: '01900000-0000-7000-8000-000000000002', quote: 'my father' }, { personId: '01900000-0000-7000-8000-000000000003' }],
  incidentLinks: [],
};

describe('consent to share (store/sensitivity.ts)', () => {
  it('covers only partners the latest granted share_partners consent names', () => {
    expect(consentCovers([share(true, '2020-01-01', [PARTNER_A, PARTNER_B])], to(PARTNER_A))).toBe(true);
    expect(consentCovers([share(true, '2020-01-01', [PARTNER_A, PARTNER_B])], to(PARTNER_A, PARTNER_B))).toBe(true);
    expect(consentCovers([share(true, '2020-01-01', [PARTNER_A])], to(PARTNER_A, PARTNER_B))).toBe(false);
    expect(consentCovers([share(false, '2020-01-01', [PARTNER_A])], to(PARTNER_A))).toBe(false);
    expect(consentCovers([], to(PARTNER_A))).toBe(false);
    expect(consentCovers(undefined, to(PARTNER_A))).toBe(false);
  });

  it('lets a later refusal withdraw an earlier grant, whatever the order of entry', () => {
    expect(consentCovers([share(false, '2021-06-01', [PARTNER_A]), share(true, '2020-01-01', [PARTNER_A])], to(PARTNER_A))).toBe(false);
    expect(consentCovers([share(true, '2022-01-01', [PARTNER_A]), share(false, '2021-06-01', [])], to(PARTNER_A))).toBe(true);
  });

  it('never covers a recipient outside the address book or a passphrase; the organisation itself needs none', () => {
    const granted = [share(true, '2020-01-01', [PARTNER_A])];
    expect(consentCovers(granted, { partnerIds: [PARTNER_A], unknownRecipients: 1, passphrase: false })).toBe(false);
    expect(consentCovers(granted, { partnerIds: [], unknownRecipients: 0, passphrase: true })).toBe(false);
    expect(consentCovers([], to())).toBe(true);
  });
});

describe('redaction profiles', () => {
  it('partner: a testimony without consent keeps its facts and loses what the source said, naming each path', () => {
    const out = redactRecord('testimony', testimony, { profile: 'partner', audience: to(PARTNER_A), sourceConsents: [] });
    expect(out.data).toMatchObject({ interviewDate: '2019-05-02', language: 'kk', interviewer: 'D. K.' });
    expect(JSON.stringify(out.data)).not.toContain('father');
    expect(JSON.stringify(out.data)).not.toContain('bazaar');
    expect(out.redacted.sort()).toEqual(['personLinks.0.quote', 'personLinks.1.quote', 'place', 'summary', 'transcript', 'translations']);
    expect(testimony.transcript).toBe('They took my father in March.');
  });

  it('partner: with consent naming every recipient the statement travels', () => {
    const out = redactRecord('testimony', testimony, { profile: 'partner', audience: to(PARTNER_A), sourceConsents: [share(true, '2020-01-01', [PARTNER_A])] });
    expect(out.data).toEqual(testimony);
    expect(out.redacted).toEqual([]);
  });

  it('partner: ID numbers, risk notes and the identity never leave; full keeps all but the identity; archive keeps everything', () => {
    const person = { caseIds: [], names: [{ value: 'A', script: 'Latn', kind: 'name' }], idNumbers: [{ type: 'passport', value: 'N1234567' }] };
    expect(redactRecord('person', person, { profile: 'partner', audience: to() }).redacted).toEqual(['idNumbers']);
    expect(redactRecord('person', person, { profile: 'full', audience: to(PARTNER_A) }).data).toEqual(person);
    const source = { caseIds: [], riskNotes: 'Her brother is still inside.', consents: [share(true, '2020-01-01', [PARTNER_A])] };
    const partner = redactRecord('source', source, { profile: 'partner', audience: to(PARTNER_A) });
    expect(partner.redacted.sort()).toEqual(['identity', 'riskNotes']);
    expect(partner.identity).toBe(false);
    const full = redactRecord('source', source, { profile: 'full', audience: to(PARTNER_A) });
    expect(full).toEqual({ data: source, redacted: ['identity'], identity: false });
    expect(redactRecord('source', source, { profile: 'archive', audience: to() })).toEqual({ data: source, redacted: [], identity: true });
  });

  it('files of a testimony follow its consent; those of cases and incidents carry no rule', () => {
    expect(attachmentsAllowed('testimony', { profile: 'partner', audience: to(PARTNER_A), sourceConsents: [] })).toBe(false);
    expect(attachmentsAllowed('testimony', { profile: 'partner', audience: to(PARTNER_A), sourceConsents: [share(true, '2020-01-01', [PARTNER_A])] })).toBe(true);
    expect(attachmentsAllowed('testimony', { profile: 'full', audience: to(PARTNER_A) })).toBe(true);
    expect(attachmentsAllowed('incident', { profile: 'partner', audience: to(PARTNER_A) })).toBe(true);
  });

  it('declares a rule for every sensitive field named in the design, in one table', () => {
    const paths = Object.fromEntries(Object.entries(SENSITIVE_FIELDS).map(([kind, rules]) => [kind, rules.map((r) => r.path)]));
    expect(paths.source).toEqual(expect.arrayContaining(['identity', 'riskNotes']));
    expect(paths.person).toContain('idNumbers');
    expect(paths.testimony).toEqual(expect.arrayContaining(['transcript', 'translations', 'summary', 'personLinks.*.quote', 'incidentLinks.*.quote']));
  });
});

describe('the HTML summary of a case', () => {
  const record = (kind: BundleRecord['kind'], id: string, data: Record<string, unknown>, redacted: string[] = []): BundleRecord => ({
    id, kind, data, caseIds: [CASE], createdAt: '2020-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z', origin: 'v', deletedAt: null, redacted, version: 'x', ancestors: [],
  });
  const CASE = '01900000-0000-7000-8000-0000000000c1';
  const html = caseSummaryHtml({
    kase: record('case', CASE, { title: 'Case of <script>alert(1)</script>', status: 'open', tags: [] }),
    records: [
      record('person', 'p1', { names: [{ value: '<img src=x onerror=alert(1)>', script: 'Latn' }, { value: 'ئابلەت', script: 'Arab' }] }, ['idNumbers']),
      record('incident', 'i1', { title: 'Detained', type: 'arbitrary_detention', date: { precision: 'month', earliest: '2018-03-01', latest: '2018-03-31' }, verification: 'unverified' }),
      record('testimony', 't1', { sourceId: 's1', interviewDate: '2019-05-02', language: 'ug' }, ['transcript', 'summary']),
    ],
    attachments: [{ id: 'a1', ownerId: CASE, name: 'letter "1".pdf', mime: 'application/pdf', size: 2048, sha256: 'ab'.repeat(32), createdAt: '2020-01-01T00:00:00Z', origin: 'v' }],
    withheldAttachments: new Map([['t1', 2]]),
    pseudonyms: new Map([['s1', 'S-0014']]),
    termLabels: new Map([['incident_type:arbitrary_detention', 'Arbitrary detention']]),
    sender: 'Human Rights Group & Co',
    createdAt: '2026-12-03T12:00:00Z',
    profile: 'partner',
  });

  it('escapes every piece of user text and runs no script, loading nothing', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('Case of &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('letter &quot;1&quot;.pdf');
    expect(html).toContain('Human Rights Group &amp; Co');
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/);
    expect(html).toContain(`default-src 'none'`);
  });

  it('marks user text dir="auto" and lists people, dated incidents, testimonies with what was left out, files by name and hash', () => {
    expect(html).toContain('<span dir="auto">ئابلەت</span>');
    expect(html).toContain('Arbitrary detention');
    expect(html).toMatch(/March 2018|2018-03/);
    expect(html).toContain('S-0014');
    expect(html).toContain('Transcript: <em class="withheld">left out of this export</em>');
    expect(html).toContain('ID numbers <em class="withheld">');
    expect(html).toContain('ab'.repeat(32));
    expect(html).toContain('2 files <em class="withheld">');
  });
});
