/**
 * How the pickers compare what is typed with what they offer. Pure, so the rules can be tested
 * without a page: what a person types should find a label whatever its case or accents, and a
 * label typed out in full must win over the longer labels that merely contain it.
 */

/** Lower-case, without accents, ё as е, spaces squeezed: "Résidence" and "residence" are one. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** How closely an option answers what is typed; lower is closer. */
export const MATCH = { exact: 0, exactOther: 1, partial: 2, none: 3 } as const;
export type MatchRank = (typeof MATCH)[keyof typeof MATCH];

export interface MatchTexts {
  /** The label shown, in the interface language. */
  label: string;
  /** A code the user may type (a term's code). */
  code?: string;
  /** Other names that count as an exact match, though less so (a label in another language). */
  others?: readonly string[];
}

/** The rank of one option for a normalised query (see normalizeForMatch). */
export function matchRank(query: string, texts: MatchTexts): MatchRank {
  if (query === '') return MATCH.partial;
  const label = normalizeForMatch(texts.label);
  if (label === query || (texts.code !== undefined && normalizeForMatch(texts.code) === query)) return MATCH.exact;
  const others = (texts.others ?? []).map(normalizeForMatch);
  if (others.includes(query)) return MATCH.exactOther;
  if (label.includes(query) || others.some((other) => other.includes(query)) || (texts.code !== undefined && normalizeForMatch(texts.code).includes(query))) {
    return MATCH.partial;
  }
  return MATCH.none;
}

/**
 * The items that match, closest first; items of the same rank keep their order (tree order,
 * relevance), so only an exact match moves ahead of the rest.
 */
export function rankMatches<T>(items: readonly T[], typed: string, textsOf: (item: T) => MatchTexts): T[] {
  const query = normalizeForMatch(typed);
  return items
    .map((item, index) => ({ item, index, rank: matchRank(query, textsOf(item)) }))
    .filter((entry) => entry.rank !== MATCH.none)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}

/** Whether the item is an exact match (in the interface language, by code, or in another language). */
export function isExactMatch(typed: string, texts: MatchTexts): boolean {
  return matchRank(normalizeForMatch(typed), texts) <= MATCH.exactOther;
}
