import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { caseIds, termCode, uuid } from '../../../../src/shared/domain/common';
import { RECORD_KINDS, recordSchemas, type RecordKind } from '../../../../src/shared/domain/records';
import { KINDS, kindModule } from '../../../../src/main/core/store/kinds';
import { SENSITIVE_FIELDS } from '../../../../src/main/core/store/sensitivity';

/** A field's schema without its optional and default wrappers. */
function bare(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const inner = (current as unknown as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
    if (!inner) return current;
    current = inner;
  }
}

const fieldsOf = (kind: RecordKind) => Object.entries(recordSchemas[kind].shape as Record<string, z.ZodType>).map(([key, schema]) => [key, bare(schema)] as const);
const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('record kinds as modules', () => {
  it('has one module for every kind, under its own name', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...RECORD_KINDS].sort());
    for (const kind of RECORD_KINDS) expect(kindModule(kind).kind).toBe(kind);
  });

  it.each(RECORD_KINDS)('%s: every sensitive path names a field of its schema', (kind) => {
    const fields = new Set(fieldsOf(kind).map(([key]) => key));
    for (const rule of SENSITIVE_FIELDS[kind]) {
      if (rule.path === 'identity') continue;
      expect(fields, `${kind}.${rule.path}`).toContain(rule.path.split('.')[0]);
    }
  });

  it.each(RECORD_KINDS)('%s: every vocabulary field of its schema is declared as a term use', (kind) => {
    for (const [key] of fieldsOf(kind).filter(([, schema]) => schema === termCode)) {
      const uses = kindModule(kind).terms({ [key]: 'some_code' } as never);
      expect(uses.map((use) => use.path), `${kind}.${key}`).toContain(key);
    }
  });

  it.each(RECORD_KINDS)('%s: every id field of its schema is declared as a reference', (kind) => {
    for (const [key, schema] of fieldsOf(kind)) {
      if (schema === uuid) {
        expect(kindModule(kind).references({ [key]: ID } as never).map((ref) => ref.path), `${kind}.${key}`).toContain(key);
      }
      if (schema === bare(caseIds)) {
        expect(kindModule(kind).references({ [key]: [ID] } as never).map((ref) => ref.path), `${kind}.${key}`).toContain(`${key}.0`);
      }
    }
  });

  it('puts a record on the timelines of the cases it belongs to, and a case on its own', () => {
    expect(kindModule('case').cases({}, ID)).toEqual([ID]);
    expect(kindModule('person').cases({ caseIds: ['a', 'b', 'a'] }, ID)).toEqual(['a', 'b']);
  });

  it('keeps a source known by its pseudonym alone', () => {
    expect(RECORD_KINDS.filter((kind) => kindModule(kind).pseudonymous)).toEqual(['source']);
    expect(kindModule('source').label({ relationToVictim: 'brother' }, { pseudonym: 'S-0007' })).toBe('S-0007');
  });

  it('labels a testimony by its date, its source and the first words of its transcript, cut at a word', () => {
    const transcript = 'Менің ұлым Ерлан 2017 жылы Құлжада ұсталды.  Содан бері одан хабар жоқ, телефоны өшірулі.';
    const label = kindModule('testimony').label({ interviewDate: '2026-12-03', transcript }, { sourceLabel: 'S-0007' });
    expect(label).toBe('2026-12-03 · S-0007 · Менің ұлым Ерлан 2017 жылы Құлжада ұсталды. Содан бері одан…');
    const words = label.split(' · ')[2] ?? '';
    expect(words.length).toBeLessThanOrEqual(61);
    expect(transcript.replace(/\s+/g, ' ')).toContain(words.slice(0, -1));
    // A draft with no transcript yet falls back to its summary; a short text is kept whole.
    expect(kindModule('testimony').label({ interviewDate: '2026-12-03', summary: 'Арестован в Кульдже.' }, {})).toBe('2026-12-03 · Арестован в Кульдже.');
    expect(kindModule('testimony').label({ interviewDate: '2026-12-03' }, { sourceLabel: 'S-0001' })).toBe('2026-12-03 · S-0001');
  });
});
