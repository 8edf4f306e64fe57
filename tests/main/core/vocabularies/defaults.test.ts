import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOCABULARIES,
  VOCABULARY_KEYS,
  type DefaultTerm,
  type DefaultVocabulary,
  type VocabularyKey,
  type VocabularyLabels,
} from '../../../../src/main/core/vocabularies/defaults';

const CODE = /^[a-z][a-z0-9_]*$/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Letters of the Kazakh Cyrillic alphabet that Russian does not have. */
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'] as const;
const KAZAKH_LETTER = new RegExp(`[${KAZAKH_LETTERS.join('')}]`, 'iu');

function vocabulary(key: VocabularyKey): DefaultVocabulary {
  const found = DEFAULT_VOCABULARIES.find((v) => v.key === key);
  if (!found) throw new Error(`no default vocabulary ${key}`);
  return found;
}

function term(key: VocabularyKey, code: string): DefaultTerm | undefined {
  return vocabulary(key).terms.find((t) => t.code === code);
}

/** Every label set of the defaults, with where it comes from for readable failures. */
function allLabels(): { where: string; labels: Omit<VocabularyLabels, 'ug'> & { ug?: string }; isDescription: boolean }[] {
  return DEFAULT_VOCABULARIES.flatMap((v) => [
    { where: v.key, labels: v.labels, isDescription: false },
    ...v.terms.flatMap((t) => [
      { where: `${v.key}.${t.code}`, labels: t.labels, isDescription: false },
      ...(t.description ? [{ where: `${v.key}.${t.code} (description)`, labels: t.description, isDescription: true }] : []),
    ]),
  ]);
}

describe('default vocabularies: structure', () => {
  it('has exactly one vocabulary per key, and no other', () => {
    for (const key of VOCABULARY_KEYS) {
      expect(DEFAULT_VOCABULARIES.filter((v) => v.key === key), key).toHaveLength(1);
    }
    expect(DEFAULT_VOCABULARIES).toHaveLength(VOCABULARY_KEYS.length);
    expect(new Set(VOCABULARY_KEYS).size).toBe(VOCABULARY_KEYS.length);
  });

  it('vocabulary keys are snake_case identifiers and no vocabulary is empty', () => {
    for (const v of DEFAULT_VOCABULARIES) {
      expect(v.key).toMatch(CODE);
      expect(v.terms.length, v.key).toBeGreaterThan(0);
    }
  });

  it('codes are snake_case ASCII and unique within each vocabulary', () => {
    for (const v of DEFAULT_VOCABULARIES) {
      const codes = v.terms.map((t) => t.code);
      for (const code of codes) expect(code, `${v.key}: ${code}`).toMatch(CODE);
      const duplicates = codes.filter((code, i) => codes.indexOf(code) !== i);
      expect(duplicates, v.key).toEqual([]);
    }
  });

  it('every parent is a term of the same vocabulary, listed before its children', () => {
    for (const v of DEFAULT_VOCABULARIES) {
      const seen = new Set<string>();
      for (const t of v.terms) {
        if (t.parent !== undefined) {
          expect(t.parent, `${v.key}.${t.code}`).not.toBe(t.code);
          expect(seen.has(t.parent), `${v.key}.${t.code}: parent ${t.parent} missing or listed later`).toBe(true);
        }
        seen.add(t.code);
      }
    }
  });

  it('has no cycles: every chain of parents ends at a root', () => {
    for (const v of DEFAULT_VOCABULARIES) {
      const parentOf = new Map(v.terms.map((t) => [t.code, t.parent]));
      for (const t of v.terms) {
        const visited = new Set<string>([t.code]);
        let current = t.parent;
        while (current !== undefined) {
          expect(visited.has(current), `${v.key}: cycle through ${current}`).toBe(false);
          expect(parentOf.has(current), `${v.key}.${t.code}: unknown ancestor ${current}`).toBe(true);
          visited.add(current);
          current = parentOf.get(current);
        }
      }
    }
  });

  it('only hierarchical vocabularies have parents, and they do use them', () => {
    for (const v of DEFAULT_VOCABULARIES) {
      const withParent = v.terms.filter((t) => t.parent !== undefined).map((t) => t.code);
      if (v.hierarchical) expect(withParent.length, v.key).toBeGreaterThan(0);
      else expect(withParent, v.key).toEqual([]);
    }
  });
});

describe('default vocabularies: labels', () => {
  it('every label has non-empty, trimmed en, ru, kk and ug text; descriptions en, ru and kk', () => {
    for (const { where, labels, isDescription } of allLabels()) {
      const languages = isDescription ? (['en', 'kk', 'ru'] as const) : (['en', 'kk', 'ru', 'ug'] as const);
      expect(Object.keys(labels).sort(), where).toEqual([...languages]);
      for (const lang of languages) {
        const text = labels[lang];
        expect(typeof text, `${where}.${lang}`).toBe('string');
        if (text === undefined) continue;
        expect(text.trim().length, `${where}.${lang} is empty`).toBeGreaterThan(0);
        expect(text, `${where}.${lang} has stray spaces`).toBe(text.trim());
      }
    }
  });

  it('English labels are not Cyrillic', () => {
    for (const { where, labels } of allLabels()) {
      expect(labels.en, where).not.toMatch(CYRILLIC);
    }
  });

  it('Russian labels are written in Cyrillic', () => {
    for (const { where, labels, isDescription } of allLabels()) {
      expect(labels.ru, where).toMatch(CYRILLIC);
      // Descriptions may quote a Latin name (e.g. "China Cables"); labels may not.
      if (!isDescription) expect(labels.ru, where).not.toMatch(LATIN);
    }
  });

  it('Kazakh labels are written in Cyrillic', () => {
    for (const { where, labels, isDescription } of allLabels()) {
      expect(labels.kk, where).toMatch(CYRILLIC);
      if (!isDescription) expect(labels.kk, where).not.toMatch(LATIN);
    }
  });

  it('the Kazakh labels as a whole use the Kazakh-specific letters', () => {
    const kazakh = allLabels()
      .map(({ labels }) => labels.kk.toLowerCase())
      .join(' ');
    for (const letter of KAZAKH_LETTERS) {
      expect(kazakh.includes(letter), `no Kazakh label uses ${letter}`).toBe(true);
    }
    // Most term labels need at least one of them; a list full of Russian words would not.
    const termLabels = DEFAULT_VOCABULARIES.flatMap((v) => v.terms.map((t) => t.labels.kk));
    const withKazakhLetter = termLabels.filter((kk) => KAZAKH_LETTER.test(kk));
    expect(withKazakhLetter.length / termLabels.length).toBeGreaterThan(0.6);
  });

  it('Kazakh labels are translations, not copies of the Russian ones', () => {
    const labels = allLabels();
    const same = labels.filter(({ labels: l }) => l.kk === l.ru).map(({ where }) => where);
    // A few words are the same in both languages (Адвокат, Прокуратура); keep that rare.
    expect(same.length / labels.length, same.join(', ')).toBeLessThan(0.05);
  });

  it('labels are unambiguous within a vocabulary in every language', () => {
    for (const v of DEFAULT_VOCABULARIES) {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        const texts = v.terms.map((t) => t.labels[lang].toLowerCase());
        const duplicates = texts.filter((text, i) => texts.indexOf(text) !== i);
        expect(duplicates, `${v.key} (${lang})`).toEqual([]);
      }
    }
  });
});

describe('default vocabularies: content', () => {
  const requiredIncidentTypes: Record<string, string> = {
    arbitrary_detention: 'deprivation_of_liberty',
    enforced_disappearance: 'deprivation_of_liberty',
    reeducation_camp_internment: 'deprivation_of_liberty',
    imprisonment: 'deprivation_of_liberty',
    house_arrest: 'deprivation_of_liberty',
    interrogation: 'ill_treatment',
    torture: 'ill_treatment',
    forced_labour: 'ill_treatment',
    family_separation: 'family_life',
    children_in_boarding_school: 'family_life',
    passport_confiscation: 'movement',
    travel_ban: 'movement',
    forced_return: 'movement',
    surveillance: 'surveillance_coercion',
    threats_to_relatives_abroad: 'surveillance_coercion',
    political_indoctrination: 'surveillance_coercion',
    death_in_custody: 'life',
    release: 'outcomes',
    sentencing: 'outcomes',
    transfer_between_facilities: 'outcomes',
    religious_restrictions: 'religion_culture',
    forced_sterilisation: 'reproductive_coercion',
    property_confiscation: 'property_livelihood',
    administrative_arrest: 'deprivation_of_liberty',
    search_or_raid: 'surveillance_coercion',
    intimidation: 'surveillance_coercion',
    criminal_charges: 'outcomes',
    fine_unregistered_organisation: 'civic_space',
    registration_refused: 'civic_space',
    meeting_disrupted: 'civic_space',
  };

  it('incident types hold the required terms under their broader terms', () => {
    const incidents = vocabulary('incident_type');
    expect(incidents.hierarchical).toBe(true);
    expect(incidents.terms.length).toBeGreaterThanOrEqual(25);
    for (const [code, parent] of Object.entries(requiredIncidentTypes)) {
      expect(term('incident_type', code)?.parent, code).toBe(parent);
      expect(term('incident_type', parent)?.parent, parent).toBeUndefined();
    }
  });

  it('the other vocabularies hold their essential terms', () => {
    const required: Partial<Record<VocabularyKey, string[]>> = {
      detention_type: ['administrative_detention', 'pretrial_detention', 'serving_sentence', 'house_arrest', 'unknown'],
      whereabouts: ['known', 'unknown', 'presumed_in_camp'],
      facility_kind: [
        'reeducation_centre',
        'detention_centre',
        'prison',
        'police_station',
        'labour_facility',
        'hospital',
        'unknown',
      ],
      relationship: ['mother', 'father', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'grandparent'],
      ethnicity: ['kazakh', 'uyghur', 'kyrgyz', 'hui', 'uzbek', 'tatar', 'han', 'mongol', 'tajik', 'other'],
      source_connection: [
        'victim',
        'direct_witness',
        'relative_of_victim',
        'heard_from_victim',
        'heard_from_others',
        'documentary',
      ],
      reliability: ['high', 'medium', 'low', 'unknown'],
      person_role: ['victim', 'perpetrator', 'witness', 'official'],
      agency: [
        'public_security',
        'state_security',
        'neighbourhood_committee',
        'camp_administration',
        'court',
        'procuratorate',
        'xpcc',
        'kz_police',
        'kz_national_security_committee',
        'kz_prosecutor_office',
        'kz_court',
        'unknown',
      ],
      place: ['china', 'xinjiang', 'ili', 'kazakhstan', 'almaty', 'astana', 'almaty_region', 'zhetysu_region'],
    };
    for (const [key, codes] of Object.entries(required) as [VocabularyKey, string[]][]) {
      for (const code of codes) expect(term(key, code), `${key}.${code}`).toBeDefined();
    }
  });

  it('relationships explain their direction', () => {
    for (const t of vocabulary('relationship').terms) {
      if (t.code === 'other') continue;
      expect(t.description?.en, t.code).toMatch(/^A is B’s /);
    }
  });

  it('places nest country, region, prefecture and county', () => {
    const chain = (code: string): string[] => {
      const path: string[] = [];
      let current: string | undefined = code;
      while (current !== undefined) {
        path.unshift(current);
        current = term('place', current)?.parent;
      }
      return path;
    };
    expect(chain('tekes')).toEqual(['china', 'xinjiang', 'ili', 'tekes']);
    expect(chain('urumqi')).toEqual(['china', 'xinjiang', 'urumqi']);
    expect(chain('almaty')).toEqual(['kazakhstan', 'almaty']);
    for (const county of ['ghulja_city', 'chapchal', 'nilka', 'tekes', 'kunes']) {
      expect(term('place', county)?.parent, county).toBe('ili');
    }
  });
});
