import type { FieldDefinition, NewFieldDefinition } from '../../../../shared/api/fields';
import { FIELD_TYPES, type FieldType } from '../../../../shared/domain/custom-fields';
import type { RecordKind } from '../../../../shared/domain/records';
import { LANGUAGES, type Language, type LanguageLabels } from '../../../../shared/languages';
import { suggestCode, uniqueCode } from '../vocabularies/term-code';

/** The contract's limits on a definition, restated for the page's own checks. */
export const FIELD_KEY_MAX = 60;
export const FIELD_LABEL_MAX = 300;
export const FIELD_HELP_MAX = 1000;

export { FIELD_TYPES, type FieldType };

export interface FieldDraft {
  labels: LanguageLabels;
  help: LanguageLabels;
  key: string;
  keyTouched: boolean;
  type: FieldType;
  vocabulary: string;
  multiple: boolean;
  required: boolean;
  sensitive: boolean;
}

export type DraftIssue = 'labelRequired' | 'labelTooLong' | 'helpTooLong' | 'keyRequired' | 'keyInvalid' | 'keyTaken' | 'vocabularyRequired';
export type DraftField = `labels.${Language}` | `help.${Language}` | 'key' | 'vocabulary';

const everyLanguage = (text: (lang: Language) => string) => Object.fromEntries(LANGUAGES.map((lang) => [lang, text(lang)])) as LanguageLabels;

export function emptyDraft(): FieldDraft {
  return { labels: everyLanguage(() => ''), help: everyLanguage(() => ''), key: '', keyTouched: false, type: 'text', vocabulary: '', multiple: false, required: false, sensitive: false };
}

export function draftOf(definition: FieldDefinition): FieldDraft {
  return {
    labels: { ...definition.labels },
    help: { ...definition.help },
    key: definition.key,
    keyTouched: true,
    type: definition.type,
    vocabulary: definition.vocabulary ?? '',
    multiple: definition.multiple,
    required: definition.required,
    sensitive: definition.sensitive,
  };
}

/** The key follows the English label until typed by hand; unique among the kind's fields. */
export function suggestKey(english: string, taken: ReadonlySet<string>): string {
  const base = suggestCode(english).replace(/^term_/, 'field_').slice(0, FIELD_KEY_MAX - 3).replace(/_+$/, '');
  return uniqueCode(base, taken);
}

/** What the page can tell before asking main, by field. */
export function checkDraft(draft: FieldDraft, taken: ReadonlySet<string>, adding: boolean): Partial<Record<DraftField, DraftIssue>> {
  const issues: Partial<Record<DraftField, DraftIssue>> = {};
  for (const lang of LANGUAGES) {
    const label = draft.labels[lang].trim();
    if (label === '') issues[`labels.${lang}`] = 'labelRequired';
    else if (label.length > FIELD_LABEL_MAX) issues[`labels.${lang}`] = 'labelTooLong';
    if (draft.help[lang].trim().length > FIELD_HELP_MAX) issues[`help.${lang}`] = 'helpTooLong';
  }
  if (adding) {
    if (draft.key === '') issues.key = 'keyRequired';
    else if (!/^[a-z][a-z0-9_]*$/.test(draft.key) || draft.key.length > FIELD_KEY_MAX) issues.key = 'keyInvalid';
    else if (taken.has(draft.key)) issues.key = 'keyTaken';
    if (draft.type === 'choice' && draft.vocabulary === '') issues.vocabulary = 'vocabularyRequired';
  }
  return issues;
}

const trimmed = (labels: LanguageLabels) => everyLanguage((lang) => labels[lang].trim());

export function toNewDefinition(kind: RecordKind, draft: FieldDraft): NewFieldDefinition {
  const choice = draft.type === 'choice';
  return {
    kind,
    key: draft.key,
    type: draft.type,
    labels: trimmed(draft.labels),
    help: trimmed(draft.help),
    required: draft.required,
    sensitive: draft.sensitive,
    vocabulary: choice ? draft.vocabulary : null,
    multiple: choice && draft.multiple,
  };
}

export function toChange(id: string, draft: FieldDraft) {
  return { id, labels: trimmed(draft.labels), help: trimmed(draft.help), required: draft.required, sensitive: draft.sensitive };
}
