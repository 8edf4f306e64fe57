import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary, VocabularyTerm } from '../../../../shared/domain/views';
import { currentLanguage, LANGUAGES } from '../../i18n';
import type { TermNode } from './term-tree';

/** A term's label in every interface language, each marked with its language. */
export function TermLabels({ term }: { term: VocabularyTerm }) {
  return (
    <span className="term-labels">
      {LANGUAGES.map((lang) => (
        <span key={lang.code} className="term-labels__item" lang={lang.code}>
          <abbr className="term-labels__lang" title={lang.name}>
            {lang.code.toUpperCase()}
          </abbr>{' '}
          <span dir="auto">{term.labels[lang.code]}</span>
        </span>
      ))}
    </span>
  );
}

/** A hierarchical vocabulary as a tree; terms kept only as the context of a match are marked. */
export function TermTree({ vocabulary, nodes, actions }: { vocabulary: Vocabulary; nodes: readonly TermNode[]; actions(term: VocabularyTerm): ReactNode }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  function renderNodes(level: readonly TermNode[]): ReactNode {
    return level.map((node) => {
      const { term } = node;
      return (
        <li key={term.code} data-testid="term" data-code={term.code} data-deprecated={term.deprecated}>
          <div className={`term-row${term.deprecated ? ' term-row--deprecated' : ''}${node.context ? ' term-row--context' : ''}`}>
            <span className="term-row__main">
              <span id={`term-name-${term.code}`} className="term-row__label" dir="auto">
                {term.labels[language]}
              </span>{' '}
              <code className="term-row__code">{term.code}</code>
              {term.deprecated ? <span className="admin-badge">{t('admin.vocabularies.deprecatedBadge')}</span> : null}
            </span>
            <TermLabels term={term} />
            {actions(term)}
          </div>
          {node.children.length > 0 ? <ul className="term-tree__children">{renderNodes(node.children)}</ul> : null}
        </li>
      );
    });
  }

  return (
    <ul className="term-tree" aria-label={t('admin.vocabularies.termsOf', { vocabulary: vocabulary.labels[language] })} data-testid="term-tree">
      {renderNodes(nodes)}
    </ul>
  );
}
