import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextArea, TextInput } from '../../components/forms/Fields';
import { LanguageSelect } from './LanguageSelect';
import { LIMITS, rowKey, type TranslationRow } from './testimony-form';
import { errorNode } from '../../components/forms/Fields';
import type { FieldProblem } from '../../components/forms/form-errors';

interface TranslationsEditorProps {
  rows: TranslationRow[];
  /** The interview's language: a new translation starts in another one. */
  language: string;
  onChange(rows: TranslationRow[]): void;
  errors: Record<number, FieldProblem | undefined>;
}

export const TranslationsEditor = memo(function TranslationsEditor({ rows, language, onChange, errors }: TranslationsEditorProps) {
  const { t } = useTranslation();
  const base = useId();
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = (key: string) => onChange(rows.filter((r) => r.key !== key));
  const update = (key: string, change: Partial<TranslationRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  function add(): void {
    const used = new Set([language, ...rows.map((row) => row.language)]);
    const first = ['ru', 'kk', 'en'].find((code) => !used.has(code)) ?? 'ru';
    onChange([...rows, { key: rowKey(), language: first, text: '', translator: '' }]);
  }

  return (
    <fieldset className="testimony-section" data-testid="testimony-translations">
      <legend className="testimony-section__title">{t('testimony.translations.title')}</legend>
      {rows.length === 0 ? <p className="field__hint">{t('testimony.translations.none')}</p> : null}
      {rows.map((row, index) => (
        <div key={row.key} className="translation" role="group" aria-label={t('testimony.translations.number', { n: index + 1 })} data-testid="testimony-translation">
          <div className="testimony-grid">
            <LanguageSelect
              id={`${base}-${row.key}-language`}
              label={t('testimony.translations.language')}
              value={row.language}
              onChange={(value) => update(row.key, { language: value })}
              testId="testimony-translation-language"
            />
            <TextInput
              id={`${base}-${row.key}-translator`}
              label={t('testimony.translations.translator')}
              value={row.translator}
              onChange={(value) => update(row.key, { translator: value })}
              maxLength={LIMITS.translator}
              testId="testimony-translation-translator"
            />
          </div>
          <TextArea
            id={`${base}-${row.key}-text`}
            label={t('testimony.translations.text')}
            value={row.text}
            onChange={(value) => update(row.key, { text: value })}
            maxLength={LIMITS.longText}
            rows={10}
            className="textarea--translation"
            lang={row.language || undefined}
            error={errorNode(errors[index])}
            testId="testimony-translation-text"
          />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => (row.text.trim() === '' ? remove(row.key) : setRemoving(row.key))}
            data-testid="testimony-translation-remove"
          >
            {t('testimony.translations.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary button--small testimony-section__add"
        onClick={add}
        disabled={rows.length >= LIMITS.translations}
        data-testid="testimony-translation-add"
      >
        {t('testimony.translations.add')}
      </button>
      <ConfirmDialog
        open={removing !== null}
        title={t('testimony.translations.removeTitle')}
        confirmLabel={t('testimony.translations.removeConfirm')}
        cancelLabel={t('testimony.translations.removeKeep')}
        danger
        testId="translation-remove-dialog"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing !== null) remove(removing);
          setRemoving(null);
        }}
      >
        <p>{t('testimony.translations.removeBody')}</p>
      </ConfirmDialog>
    </fieldset>
  );
});
