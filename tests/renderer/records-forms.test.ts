import { describe, expect, it } from 'vitest';
import { fuzzyDate, isoDay, languageTag, requiredText, termCode } from '../../src/shared/domain/common';
import { recordSchemas, type RecordKind } from '../../src/shared/domain/records';
import { fieldIssue } from '../../src/shared/field-issues';
import type { StoredRecord, Vocabulary } from '../../src/shared/domain/views';
import { parseFuzzyDate } from '../../src/shared/dates/fuzzy-date';
import { ApiError } from '../../src/renderer/src/api/api-error';
import { apiErrorsToErrors, errorAt, errorText, hasErrorUnder, REQUIRED, schemaIssuesToErrors, UNREADABLE_DATE } from '../../src/renderer/src/components/forms/form-errors';
import { splitList } from '../../src/renderer/src/components/forms/form-values';
import { flattenTerms } from '../../src/renderer/src/components/forms/vocabulary-terms';
import { caseFromRecord, caseToData, emptyCase } from '../../src/renderer/src/features/cases/case-form';
import { checkIncident, emptyIncident, incidentFromRecord, incidentToData } from '../../src/renderer/src/features/incidents/incident-form';
import { checkPerson, emptyName, emptyPerson, guessScript, personFromRecord, personToData } from '../../src/renderer/src/features/people/person-form';
import { emptyConsent, emptySource, identityToData, sourceFromRecord, sourceToData } from '../../src/renderer/src/features/sources/source-form';

const CASE_ID = '0190d7a2-0000-7000-8000-000000000001';
const PERSON_ID = '0190d7a2-0000-7000-8000-000000000002';

function stored<K extends RecordKind>(kind: K, data: unknown): StoredRecord<K> {
  const parsed = recordSchemas[kind].parse(data);
  return {
    id: PERSON_ID,
    kind,
    draft: false,
    label: '',
    data: parsed,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    origin: 'vault',
    deletedAt: null,
  } as unknown as StoredRecord<K>;
}

/** Without the React-only row keys, which are never stored. */
function withoutKeys(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'key' ? undefined : v)));
}

describe('record forms turn what is typed into data the contract accepts', () => {
  it('a case, with tags typed as a list', () => {
    const form = { ...emptyCase(), title: '  Family of Erlan ', tags: 'Ili, camp,, Ili ; family', summary: '   ' };
    const data = recordSchemas.case.parse(caseToData(form));
    expect(data).toMatchObject({ title: 'Family of Erlan', tags: ['Ili', 'camp', 'family'], status: 'open' });
    expect(data.summary).toBeUndefined();
    expect(caseFromRecord(stored('case', data))).toMatchObject({ title: 'Family of Erlan', tags: 'Ili, camp, family' });
  });

  it('a person named in three scripts, with an uncertain birth date, round-trips', () => {
    const form = emptyPerson(CASE_ID);
    form.names = [
      { ...emptyName(), value: 'Эрлан Нурланұлы', script: 'Cyrl' },
      { ...emptyName('transliteration'), value: 'Erlan Nurlanuly', script: 'Latn' },
      { ...emptyName(), value: 'ئەرلان نۇرلان ئوغلى', script: 'Arab', language: 'ug' },
    ];
    form.birthDate = parseFuzzyDate('about 1985') ?? undefined;
    const data = recordSchemas.person.parse(personToData(form));
    expect(data.caseIds).toEqual([CASE_ID]);
    expect(data.names.map((name) => name.script)).toEqual(['Cyrl', 'Latn', 'Arab']);
    expect(data.names[2]?.language).toBe('ug');
    expect(data.names[0]?.language).toBeUndefined();
    expect(withoutKeys(personFromRecord(stored('person', data)))).toEqual(withoutKeys({ ...form, names: form.names.map((n) => ({ ...n, scriptChosen: true, languageChosen: true })) }));
  });

  it('guesses the script of a name from its letters', () => {
    expect(guessScript('Гүлнар')).toBe('Cyrl');
    expect(guessScript('Gulnar')).toBe('Latn');
    expect(guessScript('گۈلنار')).toBe('Arab');
    expect(guessScript('古丽娜尔')).toBe('Hans');
    expect(guessScript('123')).toBeUndefined();
  });

  it('flags what the schema cannot see: an unreadable date, an empty picker', () => {
    const form = { ...emptyPerson(), birthDateUnparsed: true, relations: [{ key: 'r', personId: undefined, relationship: 'mother' }] };
    expect(checkPerson(form)).toEqual({ birthDate: UNREADABLE_DATE, 'relations.0.personId': REQUIRED });
    expect(checkIncident(emptyIncident())).toEqual({ type: REQUIRED });
  });

  it('an incident with an "about" date, a person involved and its evidence', () => {
    const form = {
      ...emptyIncident(CASE_ID),
      title: 'Detention',
      type: 'arbitrary_detention',
      date: parseFuzzyDate('about 2018') ?? undefined,
      involved: [{ key: 'a', who: 'person' as const, personId: PERSON_ID, organisationId: undefined, role: 'victim' as const }],
    };
    const data = recordSchemas.incident.parse(incidentToData(form));
    expect(data).toMatchObject({ type: 'arbitrary_detention', date: { precision: 'about', earliest: '2017-01-01', latest: '2019-12-31' } });
    expect(withoutKeys(incidentFromRecord(stored('incident', data)))).toEqual(withoutKeys(form));
  });

  it('an incident whose victim is an organisation: only the organisation is sent, and an empty pick is named', () => {
    const organisationId = '0190a0a0-0000-7000-8000-0000000000aa';
    const form = {
      ...emptyIncident(CASE_ID),
      title: 'Newspaper closed',
      type: 'intimidation',
      involved: [{ key: 'a', who: 'organisation' as const, personId: PERSON_ID, organisationId, role: 'victim' as const }],
    };
    const data = recordSchemas.incident.parse(incidentToData(form));
    expect(data.involved).toEqual([{ organisationId, role: 'victim' }]);
    expect(incidentFromRecord(stored('incident', data)).involved.map((row) => [row.who, row.organisationId])).toEqual([['organisation', organisationId]]);
    expect(checkIncident({ ...form, involved: [{ ...form.involved[0]!, organisationId: undefined }] })).toEqual({ 'involved.0.organisationId': REQUIRED });
  });

  it('a source: consents per use; partners kept only for sharing; identity apart from the data', () => {
    const form = emptySource(CASE_ID);
    const first = emptyConsent([]);
    const partnerIds = ['0190a0a0-0000-7000-8000-000000000001', '0190a0a0-0000-7000-8000-000000000002'];
    const second = { ...emptyConsent([first]), partnerIds: [...partnerIds, partnerIds[0]!] };
    form.consents = [first, { ...second, use: 'share_partners' as const }, { ...emptyConsent([]), use: 'publish' as const, granted: 'no' as const, partnerIds: [partnerIds[1]!] }];
    const data = recordSchemas.source.parse(sourceToData(form));
    expect(data.consents.map((c) => [c.use, c.granted, c.partnerIds])).toEqual([
      ['record', true, []],
      ['share_partners', true, partnerIds],
      ['publish', false, []],
    ]);
    expect(JSON.stringify(data)).not.toContain('realName');
    expect(sourceFromRecord(stored('source', data)).consents[1]?.partnerIds).toEqual(partnerIds);
    expect(identityToData({ realName: ' Гүлнар ', phone: '', address: '', notes: '' })).toEqual({
      realName: 'Гүлнар',
      phone: undefined,
      address: undefined,
      notes: undefined,
    });
  });

  it('splits lists on commas, semicolons, new lines and the Arabic comma', () => {
    expect(splitList('a, b;c\nd،e, a')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('field errors', () => {
  it('take the same paths from the page and from main', () => {
    const parsed = recordSchemas.person.safeParse(personToData({ ...emptyPerson(), names: [{ ...emptyName(), value: ' ' }] }));
    expect(parsed.success).toBe(false);
    const page = schemaIssuesToErrors(parsed.success ? [] : parsed.error.issues);
    const main = apiErrorsToErrors(
      new ApiError({
        code: 'VALIDATION_FAILED',
        message: 'x',
        fields: [
          { path: 'data.names.0.value', message: 'Required.', code: 'required' },
          { path: 'relations.1.relationship', message: 'Not a term of the relationship vocabulary.', code: 'notTermOf' },
        ],
      }),
    );
    expect(page['names.0.value']).toEqual({ message: 'Required.', code: 'required' });
    expect(main['names.0.value']).toEqual({ message: 'Required.', code: 'required' });
    expect(errorAt(main, 'relations.1', true)).toEqual({ message: 'Not a term of the relationship vocabulary.', code: 'notTermOf' });
    expect(hasErrorUnder(main, 'relations')).toBe(true);
    expect(hasErrorUnder(main, 'idNumbers')).toBe(false);
    expect(apiErrorsToErrors(new Error('not an api error'))).toEqual({});
  });

  it('are translated by their code, whatever the English words, and keep main’s words without one', () => {
    const t = ((key: string) => `«${key}»`) as never;
    expect(errorText(t, { code: 'required', message: 'Required.' })).toEqual({ text: '«records.fieldError.required»' });
    expect(errorText(t, UNREADABLE_DATE)).toEqual({ text: '«records.fieldError.unreadableDate»' });
    expect(errorText(t, { code: 'missingRecord', message: 'No person with this id.' })).toEqual({ text: '«records.fieldError.missingRecord»' });
    // A reworded message keeps its translation; a known wording without a code is not guessed at.
    expect(errorText(t, { code: 'tooLong', message: 'Too big: expected string to have <=300 characters' })).toEqual({ text: '«records.fieldError.tooLong»' });
    expect(errorText(t, { message: 'Required.' })).toEqual({ text: '«records.fieldError.generic»', original: 'Required.' });
    expect(errorText(t, { message: 'Something new.' })).toEqual({ text: '«records.fieldError.generic»', original: 'Something new.' });
    expect(errorText(t, undefined)).toBeUndefined();
  });

  it('get their code from the shared schemas and from zod’s issue codes, not from zod’s words', () => {
    const codes = (schema: { safeParse(value: unknown): { success: boolean; error?: { issues: Parameters<typeof fieldIssue>[0][] } } }, value: unknown) =>
      (schema.safeParse(value).error?.issues ?? []).map((issue) => fieldIssue(issue).code);
    expect(codes(requiredText(5), '')).toEqual(['required']);
    expect(codes(requiredText(5), 'too long by far')).toEqual(['tooLong']);
    expect(codes(isoDay, '2020-13-01')).toEqual(['notDate']);
    expect(codes(isoDay, '1 May')).toEqual(['dayFormat', 'notDate']);
    expect(codes(languageTag, 'not a tag')).toEqual(['languageTag']);
    expect(codes(termCode, 'Not-A-Code')).toEqual(['notTerm']);
    expect(codes(fuzzyDate, { precision: 'range', earliest: '2020-02-01', latest: '2020-01-01' })).toEqual(['order']);
    expect(codes(recordSchemas.person, { names: [] })).toContain('oneName');
    expect(fieldIssue({ code: 'invalid_type', path: ['a', 0], message: 'Invalid input' })).toEqual({ path: 'a.0', message: 'Invalid input' });
  });
});

describe('vocabulary terms in tree order', () => {
  it('puts each parent before its children, siblings by label in the language', () => {
    const l = (en: string, ru: string, kk: string) => ({ en, ru, kk, ug: en });
    const vocabulary: Vocabulary = {
      key: 'incident_type',
      labels: l('Types', 'Типы', 'Түрлері'),
      hierarchical: true,
      terms: [
        { code: 'b_child', parent: 'top', labels: l('Zeta', 'Альфа', 'Альфа'), deprecated: false },
        { code: 'top', parent: null, labels: l('Top', 'Верх', 'Жоғары'), deprecated: false },
        { code: 'a_child', parent: 'top', labels: l('Alpha', 'Яблоко', 'Алма'), deprecated: false },
        { code: 'grandchild', parent: 'a_child', labels: l('Deep', 'Глубоко', 'Терең'), deprecated: false },
        { code: 'orphan', parent: 'missing', labels: l('Orphan', 'Сирота', 'Жетім'), deprecated: false },
      ],
    };
    expect(flattenTerms(vocabulary, 'en').map((e) => [e.term.code, e.depth])).toEqual([
      ['orphan', 0],
      ['top', 0],
      ['a_child', 1],
      ['grandchild', 2],
      ['b_child', 1],
    ]);
    expect(flattenTerms(vocabulary, 'ru').find((e) => e.term.code === 'grandchild')?.path).toEqual(['Верх', 'Яблоко']);
    expect(flattenTerms(vocabulary, 'ru').map((e) => e.term.code).slice(0, 2)).toEqual(['top', 'b_child']);
  });

  it('keeps a flat vocabulary in the order it defines, such as reliability from high to low', () => {
    const l = (en: string, ru: string, kk: string) => ({ en, ru, kk, ug: en });
    const vocabulary: Vocabulary = {
      key: 'reliability',
      labels: l('Reliability', 'Надёжность', 'Сенімділік'),
      hierarchical: false,
      terms: [
        { code: 'high', parent: null, labels: l('Highly reliable', 'Вполне надёжно', 'Өте сенімді'), deprecated: false },
        { code: 'medium', parent: null, labels: l('Probably reliable', 'Скорее надёжно', 'Сенімді болуы ықтимал'), deprecated: false },
        { code: 'low', parent: null, labels: l('Doubtful', 'Сомнительно', 'Күмәнді'), deprecated: false },
      ],
    };
    for (const language of ['en', 'ru', 'kk'] as const) {
      expect(flattenTerms(vocabulary, language).map((e) => e.term.code)).toEqual(['high', 'medium', 'low']);
    }
  });
});
