import type { Vocabulary, VocabularyTerm } from '../../../../shared/domain/views';
import type { Language } from '../../../../shared/languages';

/** The languages every term has a label in (the interface languages). */
export type TermLanguage = Language;

export interface TermEntry {
  term: VocabularyTerm;
  /** 0 for a top-level term. */
  depth: number;
  /** Labels of the broader terms, outermost first, in the requested language. */
  path: string[];
}

/**
 * Terms in tree order (each parent before its children), with their depth. Siblings in a tree
 * sort by label, so a long list reads like an index; a flat list keeps the order its vocabulary
 * defines, because there the order carries meaning (reliability runs from high to low).
 */
export function flattenTerms(vocabulary: Vocabulary, language: TermLanguage): TermEntry[] {
  const byCode = new Map(vocabulary.terms.map((term) => [term.code, term]));
  const children = new Map<string | null, VocabularyTerm[]>();
  for (const term of vocabulary.terms) {
    // A parent that is missing (never in a well-formed vault) puts the term at the top.
    const parent = term.parent !== null && byCode.has(term.parent) ? term.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), term]);
  }
  const collator = new Intl.Collator(language);
  const out: TermEntry[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number, path: string[]) => {
    const siblings = children.get(parent) ?? [];
    const list = vocabulary.hierarchical ? [...siblings].sort((a, b) => collator.compare(a.labels[language], b.labels[language])) : siblings;
    for (const term of list) {
      if (seen.has(term.code)) continue;
      seen.add(term.code);
      out.push({ term, depth, path });
      walk(term.code, depth + 1, [...path, term.labels[language]]);
    }
  };
  walk(null, 0, []);
  return out;
}

/** A term's label in the language, or its code when the vocabulary does not know it. */
export function termLabel(vocabulary: Vocabulary | undefined, code: string, language: TermLanguage): string {
  return vocabulary?.terms.find((term) => term.code === code)?.labels[language] ?? code;
}
