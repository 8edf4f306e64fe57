import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../../src/shared/api/fields';
import type { CustomValues } from '../../../../src/shared/domain/custom-fields';
import type { CasekeepService } from '../../../../src/main/core/service/service';
import { expectAppError } from '../../../helpers/expect-error';
import { openService } from '../../../helpers/open-service';

let service: CasekeepService;

beforeAll(async () => {
  ({ service } = await openService());
}, 60_000);

const labels = (en: string, ru = `${en} (ru)`, kk = `${en} (kk)`, ug = `${en} (ug)`) => ({ en, ru, kk, ug });

async function create(input: Record<string, unknown>): Promise<FieldDefinition> {
  return service.call('fields.create', { kind: 'case', labels: labels('A field'), ...input } as never);
}

const person = (custom?: CustomValues) => ({ names: [{ value: 'Нурлан Сейітов', script: 'Cyrl' as const }], ...(custom ? { custom } : {}) });
const recordRows = async () => (await service.vault!.db.all<{ id: string; data: string }>({ text: 'SELECT id, data FROM records ORDER BY id', values: [] })).map((r) => `${r.id}:${r.data}`);

describe('field definitions (store/field-definitions.ts)', () => {
  it('are created, edited, reordered, removed and restored, each change audited', async () => {
    const first = await create({ key: 'village_elder', type: 'text', help: { en: 'Who speaks for the village', ru: '', kk: '' } });
    const second = await create({ key: 'camp_number', type: 'number', sensitive: true });
    expect(first).toMatchObject({ kind: 'case', type: 'text', required: false, sensitive: false, position: 0, removedAt: null });
    expect(second.position).toBe(1);

    const edited = await service.call('fields.update', { id: first.id, labels: labels('Elder'), help: first.help, required: true, sensitive: false });
    expect(edited).toMatchObject({ required: true, labels: labels('Elder') });
    const order = await service.call('fields.reorder', { kind: 'case', ids: [second.id, first.id] });
    expect(order.map((d) => d.id)).toEqual([second.id, first.id]);
    const removed = await service.call('fields.remove', { id: second.id });
    expect(removed.removedAt).not.toBeNull();
    expect((await service.call('fields.restore', { id: second.id })).removedAt).toBeNull();

    const audit = await service.call('audit.list', { limit: 100 });
    const actions = audit.filter((e) => e.recordKind === 'field_definition').map((e) => `${e.action}:${e.recordId}`);
    for (const expected of [`create_field:${first.id}`, `update_field:${first.id}`, `reorder_field:${second.id}`, `remove_field:${second.id}`, `restore_field:${second.id}`]) {
      expect(actions).toContain(expected);
    }
    const update = audit.find((e) => e.action === 'update_field')!;
    expect(update.changes.map((c) => c.field).sort()).toEqual(['labels', 'required']);
    expect((await service.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses a duplicate key, an unknown vocabulary, a choice without one and a vocabulary on text, writing nothing', async () => {
    await create({ key: 'duplicate_me', type: 'text' });
    const before = await service.call('fields.list', {});
    await expectAppError(create({ key: 'duplicate_me', type: 'longText' }), 'CONFLICT');
    await expectAppError(create({ key: 'no_vocab', type: 'choice', vocabulary: 'no_such_list' }), 'VALIDATION_FAILED');
    await expectAppError(create({ key: 'no_vocab', type: 'choice' }), 'VALIDATION_FAILED');
    await expectAppError(create({ key: 'text_vocab', type: 'text', vocabulary: 'ethnicity' }), 'VALIDATION_FAILED');
    await expectAppError(create({ key: 'many_numbers', type: 'number', multiple: true }), 'VALIDATION_FAILED');
    await expectAppError(create({ key: 'Bad Key', type: 'text' }), 'VALIDATION_FAILED');
    await expectAppError(service.call('fields.create', { kind: 'case', key: 'half_labelled', type: 'text', labels: { en: 'Only English' } } as never), 'VALIDATION_FAILED');
    expect(await service.call('fields.list', {})).toEqual(before);
  });
});

describe('custom values (store/custom-values.ts)', () => {
  let text: FieldDefinition;
  let count: FieldDefinition;
  let flag: FieldDefinition;
  let when: FieldDefinition;
  let kin: FieldDefinition;
  let note: FieldDefinition;

  beforeAll(async () => {
    const kind = 'incident';
    const make = (input: Record<string, unknown>) => service.call('fields.create', { kind, labels: labels(String(input.key)), ...input } as never);
    text = await make({ key: 'guard_name', type: 'text' });
    count = await make({ key: 'cellmates', type: 'number' });
    flag = await make({ key: 'family_told', type: 'boolean' });
    when = await make({ key: 'last_seen', type: 'date' });
    kin = await make({ key: 'ethnicities_held', type: 'choice', vocabulary: 'ethnicity', multiple: true });
    note = await make({ key: 'lawyer_note', type: 'longText' });
  });

  const incident = (custom?: CustomValues) => ({ title: 'Taken from the market', type: 'arbitrary_detention', ...(custom ? { custom } : {}) });

  it('stores what each definition allows and drops blank values', async () => {
    const custom: CustomValues = {
      [text.id]: 'Капитан Ли',
      [count.id]: 14,
      [flag.id]: false,
      [when.id]: { precision: 'month', earliest: '2018-03-01', latest: '2018-03-31' },
      [kin.id]: ['uyghur', 'kazakh'],
      [note.id]: '   ',
    };
    const saved = await service.call('records.create', { kind: 'incident', data: incident(custom) });
    const { [note.id]: _blank, ...kept } = custom;
    expect((saved.data as { custom?: unknown }).custom).toEqual(kept);
  });

  it('refuses what a definition forbids, naming the field, with the vault unchanged', async () => {
    const before = await recordRows();
    const wrong: Array<[string, unknown]> = [
      [count.id, 'fourteen'],
      [count.id, Number.MAX_VALUE * 0 + Infinity],
      [flag.id, 'yes'],
      [when.id, { precision: 'day', earliest: '2018-02-30', latest: '2018-02-30' }],
      [kin.id, ['uyghur', 'martian']],
      [kin.id, 'uyghur'],
      [text.id, 'x'.repeat(2_001)],
      ['01900000-0000-7000-8000-00000000abcd', 'a field nobody defined'],
    ];
    for (const [id, value] of wrong) {
      const result = await service.invoke('records.create', { kind: 'incident', data: incident({ [id]: value } as CustomValues) });
      expect(result.ok, `${id} = ${JSON.stringify(value)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION_FAILED');
        expect(result.error.fields?.some((f) => /^(data\.)?custom\./.test(f.path)), JSON.stringify(result.error.fields)).toBe(true);
      }
    }
    expect(await recordRows()).toEqual(before);
  });

  it('reads a definition written before a language was added in English for that language', async () => {
    const field = await service.call('fields.create', { kind: 'person', key: 'village', type: 'text', labels: labels('Village') });
    await service.vault!.db.run({ text: "UPDATE field_definitions SET labels = json_remove(labels, '$.ug') WHERE id = ?", values: [field.id] });
    const listed = (await service.call('fields.list', {})).find((d) => d.id === field.id);
    expect(listed?.labels).toEqual({ ...labels('Village'), ug: 'Village' });
  });

  it('asks for a required field on a new record and on an edit', async () => {
    const old = await service.call('records.create', { kind: 'incident', data: incident() });
    const required = await service.call('fields.create', { kind: 'incident', key: 'case_officer', type: 'text', labels: labels('Officer'), required: true });
    const result = await service.invoke('records.create', { kind: 'incident', data: incident() });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ path: `custom.${required.id}`, code: 'required' }] } });
    await expectAppError(service.call('records.update', { kind: 'incident', id: old.id, data: incident() }), 'VALIDATION_FAILED');
    await service.call('records.update', { kind: 'incident', id: old.id, data: incident({ [required.id]: 'Officer Ainur' }) });
    await service.call('fields.remove', { id: required.id });
  });

  it('keeps the value of a removed field through every save, refuses to change it, and shows it again on restore', async () => {
    const field = await service.call('fields.create', { kind: 'person', key: 'camp_name', type: 'text', labels: labels('Camp') });
    const saved = await service.call('records.create', { kind: 'person', data: person({ [field.id]: 'Лагерь №3' }) });
    await service.call('fields.remove', { id: field.id });

    // The form no longer shows the field and sends the record without it: the value stays.
    const edited = await service.call('records.update', { kind: 'person', id: saved.id, data: { ...person(), occupation: 'teacher' } });
    expect((edited.data as { custom?: Record<string, unknown> }).custom).toEqual({ [field.id]: 'Лагерь №3' });
    await expectAppError(service.call('records.update', { kind: 'person', id: saved.id, data: person({ [field.id]: 'changed' }) }), 'VALIDATION_FAILED');
    const unchanged = await service.call('records.update', { kind: 'person', id: saved.id, data: person({ [field.id]: 'Лагерь №3' }) });
    expect((unchanged.data as { custom?: Record<string, unknown> }).custom).toEqual({ [field.id]: 'Лагерь №3' });

    await service.call('fields.restore', { id: field.id });
    const back = await service.call('records.update', { kind: 'person', id: saved.id, data: person({ [field.id]: 'Лагерь №4' }) });
    expect((back.data as { custom?: Record<string, unknown> }).custom).toEqual({ [field.id]: 'Лагерь №4' });
  });

  it('is found by search: text as typed, a choice by its term in any language, also once removed', async () => {
    const field = await service.call('fields.create', { kind: 'person', key: 'held_with', type: 'choice', vocabulary: 'ethnicity', labels: labels('Held with') });
    const words = await service.call('fields.create', { kind: 'person', key: 'nickname', type: 'text', labels: labels('Nickname') });
    const saved = await service.call('records.create', { kind: 'person', data: person({ [field.id]: 'tatar', [words.id]: 'Жолбарыс' }) });
    const finds = async (text: string) => (await service.call('search.query', { text })).some((hit) => hit.id === saved.id);
    expect(await finds('Жолбарыс')).toBe(true);
    expect(await finds('Татарин')).toBe(true);
    expect(await finds('Tatar')).toBe(true);
    await service.call('fields.remove', { id: field.id });
    await service.call('records.update', { kind: 'person', id: saved.id, data: person({ [words.id]: 'Жолбарыс' }) });
    expect(await finds('Татарин')).toBe(true);
  });

  it('audits each custom value as a field of its own', async () => {
    const saved = await service.call('records.create', { kind: 'incident', data: incident({ [count.id]: 3 }) });
    await service.call('records.update', { kind: 'incident', id: saved.id, data: incident({ [count.id]: 4, [flag.id]: true }) });
    const [update] = await service.call('audit.list', { recordId: saved.id, limit: 10 });
    expect(update?.action).toBe('update');
    expect(update?.changes.map((c) => c.field).sort()).toEqual([`custom.${count.id}`, `custom.${flag.id}`].sort());
  });
});
