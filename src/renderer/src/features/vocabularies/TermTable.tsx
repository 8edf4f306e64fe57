import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary, VocabularyTerm } from '../../../../shared/domain/views';
import { currentLanguage, LANGUAGES } from '../../i18n';

/** A vocabulary's terms as a table: a column per interface language, the code, the parent. */
export function TermTable({
  vocabulary,
  terms,
  parentLabel,
  actions,
}: {
  vocabulary: Vocabulary;
  terms: readonly VocabularyTerm[];
  parentLabel(code: string | null): string;
  actions(term: VocabularyTerm): ReactNode;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <table className="admin-table term-table" data-testid="term-list">
      <caption className="visually-hidden">{t('admin.vocabularies.termsOf', { vocabulary: vocabulary.labels[language] })}</caption>
      <thead>
        <tr>
          {LANGUAGES.map((lang) => (
            <th key={lang.code} scope="col" lang={lang.code}>
              {lang.name}
            </th>
          ))}
          <th scope="col">{t('admin.vocabularies.code')}</th>
          {vocabulary.hierarchical ? <th scope="col">{t('admin.vocabularies.parent')}</th> : null}
          <th scope="col">
            <span className="visually-hidden">{t('admin.vocabularies.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {terms.map((term) => (
          <tr key={term.code} data-testid="term" data-code={term.code} data-deprecated={term.deprecated} className={term.deprecated ? 'term-row--deprecated' : undefined}>
            {LANGUAGES.map((lang) => (
              <td key={lang.code} lang={lang.code} dir="auto" id={lang.code === language ? `term-name-${term.code}` : undefined}>
                {term.labels[lang.code]}
              </td>
            ))}
            <td>
              <code className="term-row__code">{term.code}</code>
              {term.deprecated ? <span className="admin-badge">{t('admin.vocabularies.deprecatedBadge')}</span> : null}
            </td>
            {vocabulary.hierarchical ? <td dir="auto">{parentLabel(term.parent)}</td> : null}
            <td className="admin-table__actions">{actions(term)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
