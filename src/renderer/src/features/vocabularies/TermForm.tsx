import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary, VocabularyTerm } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { LANGUAGES, type Language, type LanguageLabels } from '../../../../shared/languages';
import { ApiError, api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { TextInput } from '../../components/forms/Fields';
import { errorText, type FieldProblem } from '../../components/forms/form-errors';
import { currentLanguage } from '../../i18n';
import { isTermCode, suggestCode, TERM_CODE_MAX, TERM_LABEL_MAX, uniqueCode } from './term-code';
import { buildTree, flatten, selfAndDescendants } from './term-tree';

type Field = `labels.${Language}` | 'code' | 'parent';
const FIELD_ORDER: readonly Field[] = [...LANGUAGES.map((lang) => `labels.${lang}` as const), 'code', 'parent'];

/** The same text for every interface language. */
const everyLanguage = (text: (lang: Language) => string) => Object.fromEntries(LANGUAGES.map((lang) => [lang, text(lang)])) as LanguageLabels;

type ClientIssue = 'labelRequired' | 'labelTooLong' | 'codeRequired' | 'codeInvalid' | 'codeTaken';
/** A problem found here (translated by key) or reported by main (its English, after a translated sentence). */
type Issue = { key: ClientIssue } | { server: FieldProblem };

interface TermFormProps {
  vocabulary: Vocabulary;
  /** The term being edited; none when adding. */
  term: VocabularyTerm | null;
  onSaved(vocabulary: Vocabulary, code: string): void;
  onCancel(): void;
}

const fieldId = (field: Field) => `term-${field.replace('.', '-')}`;

/** Adds a term, or edits one: labels in every interface language, the code (fixed once saved), the parent. */
export function TermForm({ vocabulary, term, onSaved, onCancel }: TermFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const adding = term === null;
  const [labels, setLabels] = useState<LanguageLabels>(term ? { ...term.labels } : everyLanguage(() => ''));
  const [code, setCode] = useState(term?.code ?? '');
  const [codeTouched, setCodeTouched] = useState(!adding);
  const [parent, setParent] = useState(term?.parent ?? '');
  const [deprecated, setDeprecated] = useState(term?.deprecated ?? false);
  const [issues, setIssues] = useState<Partial<Record<Field, Issue>>>({});
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const taken = useMemo(() => new Set(vocabulary.terms.map((existing) => existing.code)), [vocabulary]);
  const parentChoices = useMemo(() => {
    if (!vocabulary.hierarchical) return [];
    const excluded = term ? selfAndDescendants(vocabulary.terms, term.code) : new Set<string>();
    return flatten(buildTree(vocabulary.terms)).filter((choice) => !excluded.has(choice.term.code));
  }, [vocabulary, term]);

  function issueText(issue: Issue | undefined): string | undefined {
    if (!issue) return undefined;
    if ('key' in issue) {
      return t(`admin.vocabularies.errors.${issue.key}`, { max: issue.key === 'labelTooLong' ? TERM_LABEL_MAX : TERM_CODE_MAX });
    }
    const shown = errorText(t, issue.server);
    return shown ? (shown.original ? `${shown.text} (${shown.original})` : shown.text) : undefined;
  }

  function setLabel(lang: Language, value: string) {
    setLabels((old) => ({ ...old, [lang]: value }));
    setIssues((old) => ({ ...old, [`labels.${lang}`]: undefined }));
    // Until the code is typed by hand, it follows the English label.
    if (lang === 'en' && !codeTouched) {
      setCode(uniqueCode(suggestCode(value), taken));
      setIssues((old) => ({ ...old, code: undefined }));
    }
  }

  function check(): Partial<Record<Field, Issue>> {
    const found: Partial<Record<Field, Issue>> = {};
    for (const lang of LANGUAGES) {
      const value = labels[lang].trim();
      if (value === '') found[`labels.${lang}`] = { key: 'labelRequired' };
      else if (value.length > TERM_LABEL_MAX) found[`labels.${lang}`] = { key: 'labelTooLong' };
    }
    if (adding) {
      if (code === '') found.code = { key: 'codeRequired' };
      else if (!isTermCode(code)) found.code = { key: 'codeInvalid' };
      else if (taken.has(code)) found.code = { key: 'codeTaken' };
    }
    return found;
  }

  function focusFirst(found: Partial<Record<Field, Issue>>) {
    const first = FIELD_ORDER.find((field) => found[field] !== undefined);
    if (first) form.current?.querySelector<HTMLElement>(`#${fieldId(first)}`)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found = check();
    setIssues(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    setBusy(true);
    try {
      const saved = await api.call('vocabularies.saveTerm', {
        vocabulary: vocabulary.key,
        code,
        labels: everyLanguage((lang) => labels[lang].trim()),
        parent: vocabulary.hierarchical && parent !== '' ? parent : null,
        deprecated,
      });
      onSaved(saved, code);
    } catch (error) {
      const refused = toApiError(error);
      const byField: Partial<Record<Field, Issue>> = {};
      if (refused instanceof ApiError) {
        for (const issue of refused.fields) {
          const field = FIELD_ORDER.find((candidate) => candidate === issue.path);
          if (field && !byField[field]) byField[field] = { server: issue };
        }
      }
      if (Object.keys(byField).length > 0) {
        setIssues(byField);
        focusFirst(byField);
      } else {
        setFailure(refused.code);
      }
      setBusy(false);
    }
  }

  const languageName: Record<Language, string> = {
    en: t('admin.vocabularies.labelIn.en'),
    ru: t('admin.vocabularies.labelIn.ru'),
    kk: t('admin.vocabularies.labelIn.kk'),
    ug: t('admin.vocabularies.labelIn.ug'),
  };

  return (
    <form ref={form} className="term-form stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="term-form-title" data-testid="term-form">
      <h2 id="term-form-title">
        {adding
          ? t('admin.vocabularies.addTitle', { vocabulary: vocabulary.labels[language] })
          : t('admin.vocabularies.editTitle', { label: term.labels[language] })}
      </h2>
      <FormError code={failure} />
      <div className="term-form__labels">
        {LANGUAGES.map((lang, index) => (
          <TextInput
            key={lang}
            id={fieldId(`labels.${lang}`)}
            testId={`term-label-${lang}`}
            label={languageName[lang]}
            autoComplete="off"
            value={labels[lang]}
            onChange={(value) => setLabel(lang, value)}
            error={issueText(issues[`labels.${lang}`])}
            autoFocus={index === 0}
          />
        ))}
      </div>
      {adding ? (
        <TextInput
          id={fieldId('code')}
          testId="term-code"
          label={t('admin.vocabularies.code')}
          hint={t('admin.vocabularies.codeHint')}
          autoComplete="off"
          mono
          value={code}
          onChange={(value) => {
            setCode(value);
            setCodeTouched(value !== '');
            setIssues((old) => ({ ...old, code: undefined }));
          }}
          error={issueText(issues.code)}
        />
      ) : (
        <p className="term-form__code">
          {t('admin.vocabularies.code')}: <code data-testid="term-code-fixed">{code}</code>
          <span className="field__hint"> {t('admin.vocabularies.codeFixed')}</span>
        </p>
      )}
      {vocabulary.hierarchical ? (
        <div className="field">
          <label className="field__label" htmlFor={fieldId('parent')}>
            {t('admin.vocabularies.parent')}
          </label>
          <select
            id={fieldId('parent')}
            className="input"
            value={parent}
            onChange={(event) => {
              setParent(event.target.value);
              setIssues((old) => ({ ...old, parent: undefined }));
            }}
            aria-invalid={issues.parent ? true : undefined}
            aria-describedby={issues.parent ? `${fieldId('parent')}-error` : undefined}
            data-testid="term-parent"
          >
            <option value="">{t('admin.vocabularies.noParent')}</option>
            {parentChoices.map((choice) => (
              <option key={choice.term.code} value={choice.term.code}>
                {`${'\u2003'.repeat(choice.depth)}${choice.term.labels[language]}${choice.term.deprecated ? ` (${t('admin.vocabularies.deprecatedShort')})` : ''}`}
              </option>
            ))}
          </select>
          {issues.parent ? (
            <p id={`${fieldId('parent')}-error`} className="field__error">
              {issueText(issues.parent)}
            </p>
          ) : null}
        </div>
      ) : null}
      {!adding ? (
        <label className="checkbox">
          <input type="checkbox" checked={deprecated} onChange={(event) => setDeprecated(event.target.checked)} data-testid="term-deprecated" />
          <span>
            {t('admin.vocabularies.deprecatedField')}
            <span className="field__hint term-form__hint">{t('admin.vocabularies.deprecatedHint')}</span>
          </span>
        </label>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="term-save">
          {busy ? t('admin.vocabularies.saving') : t('admin.vocabularies.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy} data-testid="term-cancel">
          {t('admin.vocabularies.cancel')}
        </button>
      </div>
    </form>
  );
}
