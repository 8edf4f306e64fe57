import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordInput } from '../../../src/shared/api/records';
import { recordSchemas, type RecordKind } from '../../../src/shared/domain/records';
import { DEFAULT_VOCABULARIES, type VocabularyKey } from '../../../src/main/core/vocabularies/defaults';
import { batchRecords, generateSeed, type SeedBatch, type SeedRecord } from '../../../tools/seed/generate';
import { chineseIdCheckDigit } from '../../../tools/seed/story';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SCRIPT_PATTERN = {
  Cyrl: /\p{Script=Cyrillic}/u,
  Latn: /\p{Script=Latin}/u,
  Arab: /\p{Script=Arabic}/u,
  Hans: /\p{Script=Han}/u,
} as const;

const vocabulary = (key: VocabularyKey): Set<string> =>
  new Set(DEFAULT_VOCABULARIES.find((v) => v.key === key)?.terms.map((t) => t.code) ?? []);

const digest = (batches: Iterable<SeedBatch>): string => {
  const hash = createHash('sha256');
  for (const b of batches) hash.update(JSON.stringify(b));
  return hash.digest('hex');
};

/** Throws with every failure listed: one assertion per check keeps 10,000 records fast to test. */
function none<T>(items: Iterable<T>, isBad: (item: T) => string | false): void {
  const bad: string[] = [];
  for (const item of items) {
    const why = isBad(item);
    if (why) bad.push(why);
  }
  expect(bad.slice(0, 5)).toEqual([]);
}

/** The 1,000-testimony plan most tests look at, generated once and dropped before the memory test. */
let batches: SeedBatch[] = [];
let records: SeedRecord[] = [];

const ofKind = <K extends RecordKind>(kind: K): SeedRecord<K>[] => records.filter((r): r is SeedRecord<K> => r.kind === kind);

describe('seed generator: a 1,000-testimony plan', () => {
  beforeAll(() => {
    batches = [...generateSeed({ testimonies: 1000, seed: 42, batchSize: 400 })];
    records = batches.flatMap(batchRecords);
  });

  afterAll(() => {
    batches = [];
    records = [];
  });

  describe('shape', () => {
    it('makes exactly the testimonies asked for, in batches of at most batchSize', () => {
      expect(batches.map((b) => b.testimonies.length)).toEqual([400, 400, 200]);
      expect(batches.map((b) => b.index)).toEqual([0, 1, 2]);
      expect([...generateSeed({ testimonies: 0 })]).toEqual([]);
    });

    it('scales the other records with the testimonies as planned', () => {
      const per100 = (kind: RecordKind): number => (ofKind(kind).length / 1000) * 100;
      expect(per100('case')).toBeGreaterThanOrEqual(2);
      expect(per100('case')).toBeLessThanOrEqual(4);
      expect(per100('source')).toBeCloseTo(60, -1);
      expect(per100('person')).toBeGreaterThan(120);
      expect(per100('person')).toBeLessThan(180);
      expect(per100('incident')).toBeGreaterThan(90);
      expect(per100('incident')).toBeLessThan(150);
    });

    it('gives every record a unique UUID v7, increasing in emission order', () => {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      none(ids, (id) => !UUID_V7.test(id) && id);
      none(ids.slice(1).map((id, i) => [ids[i] ?? '', id] as const), ([before, id]) => id <= before && `${id} sorts before ${before}`);
    });
  });

  describe('determinism', () => {
    it('gives byte-identical output for the same seed, and different output for another', () => {
      const plan = { testimonies: 200, seed: 7, batchSize: 120 };
      const first = digest(generateSeed(plan));
      expect(digest(generateSeed(plan))).toBe(first);
      expect(digest(generateSeed({ ...plan, seed: 8 }))).not.toBe(first);
    });
  });

  describe('validity', () => {
    it('emits data that passes the schema of its kind, and the contract input as a whole', () => {
      none(records, (record) => {
        const { id: _id, ...input } = record;
        const data = recordSchemas[record.kind].safeParse(record.data);
        if (!data.success) return `${record.kind} ${record.id}: ${data.error.message}`;
        const whole = createRecordInput.safeParse(input);
        return !whole.success && `${record.kind} ${record.id} as contract input: ${whole.error.message}`;
      });
    });

    it('uses only codes of the default vocabularies', () => {
      const codes = {
        ethnicity: vocabulary('ethnicity'),
        place: vocabulary('place'),
        relationship: vocabulary('relationship'),
        source_connection: vocabulary('source_connection'),
        reliability: vocabulary('reliability'),
        incident_type: vocabulary('incident_type'),
        facility_kind: vocabulary('facility_kind'),
        agency: vocabulary('agency'),
      };
      const check = (key: keyof typeof codes, code: string | undefined): void => {
        if (code !== undefined && !codes[key].has(code)) throw new Error(`${code} is not a ${key} term`);
      };
      for (const p of ofKind('person')) {
        check('ethnicity', p.data.ethnicity);
        check('place', p.data.hometownPlace);
        for (const r of p.data.relations ?? []) check('relationship', r.relationship);
      }
      for (const s of ofKind('source')) {
        check('source_connection', s.data.connection);
        check('reliability', s.data.reliability);
      }
      const types = new Set<string>();
      for (const i of ofKind('incident')) {
        check('incident_type', i.data.type);
        check('place', i.data.place);
        check('facility_kind', i.data.facilityKind);
        check('agency', i.data.agency);
        types.add(i.data.type);
      }
      // The incident types the brief asks for all occur.
      for (const t of ['arbitrary_detention', 'reeducation_camp_internment', 'interrogation', 'passport_confiscation', 'sentencing', 'release']) {
        expect(types).toContain(t);
      }
    });
  });

  describe('references', () => {
    it('points only at records of the right kind emitted earlier, or in the same batch where a cycle needs it', () => {
      const kindOf = new Map<string, RecordKind>();
      for (const batch of batches) {
        const inBatch = new Map(batchRecords(batch).map((r) => [r.id, r.kind]));
        // Batches are self-contained too, so a consumer can write one and drop it.
        const earlier = (from: string, id: string, kind: RecordKind): void => {
          if (kindOf.get(id) !== kind || !inBatch.has(id)) throw new Error(`${from} points at ${id}, not an earlier ${kind} of its batch`);
        };
        const sameBatch = (from: string, id: string, kind: RecordKind): void => {
          if (inBatch.get(id) !== kind) throw new Error(`${from} points at ${id}, not a ${kind} of its batch`);
        };
        for (const r of batchRecords(batch)) {
          switch (r.kind) {
            case 'case':
              break;
            case 'person':
              for (const c of r.data.caseIds ?? []) earlier(r.id, c, 'case');
              // Relations run both ways, so one side may come later in the batch.
              for (const rel of r.data.relations ?? []) sameBatch(r.id, rel.personId, 'person');
              break;
            case 'source':
              for (const c of r.data.caseIds ?? []) earlier(r.id, c, 'case');
              break;
            case 'incident':
              for (const c of r.data.caseIds ?? []) earlier(r.id, c, 'case');
              for (const x of r.data.involved ?? []) if (x.personId) earlier(r.id, x.personId, 'person');
              // Evidence and testimony links form a cycle: evidence names later testimonies.
              for (const e of r.data.evidence ?? []) sameBatch(r.id, e.id, 'testimony');
              break;
            case 'testimony':
              for (const c of r.data.caseIds ?? []) earlier(r.id, c, 'case');
              earlier(r.id, r.data.sourceId, 'source');
              for (const l of r.data.personLinks ?? []) earlier(r.id, l.personId, 'person');
              for (const l of r.data.incidentLinks ?? []) earlier(r.id, l.incidentId, 'incident');
              break;
          }
          kindOf.set(r.id, r.kind);
        }
      }
    });

    it('quotes passages that are in the transcript, and backs incidents with the testimonies that link them', () => {
      const linkedBy = new Map<string, Set<string>>();
      none(ofKind('testimony'), (t) => {
        for (const l of t.data.incidentLinks ?? []) linkedBy.set(l.incidentId, (linkedBy.get(l.incidentId) ?? new Set()).add(t.id));
        const quotes = [...(t.data.personLinks ?? []), ...(t.data.incidentLinks ?? [])].map((l) => l.quote ?? '');
        return quotes.some((q) => q === '' || !t.data.transcript?.includes(q)) && `${t.id} quotes text it does not contain`;
      });
      const incidents = ofKind('incident');
      none(incidents, (i) => {
        const evidence = [...new Set((i.data.evidence ?? []).map((e) => e.id))].sort().join();
        return evidence !== [...(linkedBy.get(i.id) ?? [])].sort().join() && `${i.id} evidence differs from the testimonies linking it`;
      });
      expect(incidents.filter((i) => (i.data.evidence ?? []).length > 0).length / incidents.length).toBeGreaterThan(0.95);
    });
  });

  describe('realism', () => {
    it('writes names in Cyrillic, Latin, Arabic and Han script, each really in that script', () => {
      const seen = new Set<string>();
      none(
        ofKind('person').flatMap((p) => p.data.names),
        (n) => {
          seen.add(n.script);
          const pattern = SCRIPT_PATTERN[n.script as keyof typeof SCRIPT_PATTERN];
          return pattern !== undefined && !pattern.test(n.value) && `${n.value} is not ${n.script}`;
        },
      );
      expect([...seen].sort()).toEqual(['Arab', 'Cyrl', 'Hans', 'Latn']);
      // Patronymics as Kazakhs and Uyghurs write them; aliases exist.
      const values = ofKind('person').flatMap((p) => p.data.names.map((n) => n.value));
      expect(values.some((v) => /(ұлы|қызы)$/.test(v))).toBe(true);
      expect(values.some((v) => v.includes('·'))).toBe(true);
      expect(ofKind('person').some((p) => p.data.names.some((n) => n.kind === 'alias'))).toBe(true);
    });

    it('keeps transcripts at about 2 KB, in Russian, Kazakh, English and Uyghur, some translated', () => {
      const testimonies = ofKind('testimony');
      const bytes = testimonies.map((t) => Buffer.byteLength(t.data.transcript ?? '', 'utf8'));
      const mean = bytes.reduce((a, b) => a + b, 0) / bytes.length;
      expect(mean).toBeGreaterThan(1536);
      expect(mean).toBeLessThan(2560);
      expect(new Set(testimonies.map((t) => t.data.language))).toEqual(new Set(['ru', 'kk', 'en', 'ug-Arab']));
      none(testimonies, (t) => t.data.language === 'ug-Arab' && !SCRIPT_PATTERN.Arab.test(t.data.transcript ?? '') && `${t.id} is not in Arabic script`);
      expect(testimonies.filter((t) => (t.data.translations ?? []).length > 0).length).toBeGreaterThan(100);
      // Varied: hardly any two transcripts are the same.
      expect(new Set(testimonies.map((t) => t.data.transcript)).size).toBeGreaterThan(testimonies.length * 0.99);
    });

    it('leaves no template holes in the text', () => {
      const holes = /undefined|NaN|\[object|\$\{|[^\n] {2}| [.,;:]/;
      none(ofKind('testimony'), (t) => {
        const texts = [t.data.transcript ?? '', t.data.summary ?? '', ...(t.data.translations ?? []).map((x) => x.text)];
        const hit = texts.find((x) => holes.test(x));
        return hit !== undefined && `${t.id}: ${hit.match(holes)?.[0] ?? ''}`;
      });
    });

    it('gives statuses over time with uncertain dates, and marks everything as synthetic', () => {
      const statuses = new Set(ofKind('person').flatMap((p) => (p.data.statusHistory ?? []).map((s) => s.status)));
      for (const s of ['detained', 'released', 'missing', 'deceased', 'abroad']) expect(statuses).toContain(s);
      const precisions = new Set(ofKind('incident').map((i) => i.data.date?.precision));
      expect([...precisions].sort()).toEqual(['about', 'day', 'month', 'range', 'year']);
      none(ofKind('case'), (c) => !c.data.tags?.includes('synthetic') && `${c.id} is not tagged synthetic`);
      none(ofKind('testimony'), (t) => !t.data.summary?.startsWith('[Synthetic demo record]') && `${t.id} summary is not marked synthetic`);
    });

    it('invents identifiers that cannot belong to a real person', () => {
      const identities = ofKind('source').flatMap((s) => (s.identity ? [s.identity] : []));
      expect(identities.length).toBeGreaterThan(0);
      none(identities, (i) => !/^\+7 7\d\d 000 \d\d \d\d$/.test(i.phone ?? '') && `${i.phone} is not a made-up +7 7xx 000 number`);
      const chineseIds = ofKind('person').flatMap((p) => (p.data.idNumbers ?? []).map((x) => x.value));
      expect(chineseIds.length).toBeGreaterThan(0);
      none(chineseIds, (id) => (!/^\d{17}[\dX]$/.test(id) || id.charAt(17) === chineseIdCheckDigit(id.slice(0, 17))) && `${id} could be a real ID number`);
    });
  });
});

describe('seed generator: memory', () => {
  /** A callable gc without starting Node with --expose-gc: flag first, then fetch it from a fresh context. */
  function gcFunction(): (() => void) | undefined {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  }

  it('stays flat over 10,000 testimonies when each batch is dropped after use', () => {
    const gc = gcFunction();
    const heapAfterGc = (): number => {
      gc?.();
      return process.memoryUsage().heapUsed;
    };
    let baseline = 0;
    let peak = 0;
    let testimonies = 0;
    for (const batch of generateSeed({ testimonies: 10_000, seed: 3 })) {
      testimonies += batch.testimonies.length;
      // The first two batches warm up code and caches; measure from there on.
      if (batch.index === 1) baseline = heapAfterGc();
      else if (batch.index > 1) peak = Math.max(peak, heapAfterGc());
    }
    expect(testimonies).toBe(10_000);
    // Ten batches kept alive would add well over 100 MB; a dropped batch leaves nothing behind.
    expect(peak - baseline).toBeLessThan((gc ? 16 : 96) * 1024 * 1024);
  });
});
