import type { RecordData, RecordKind } from '../../../shared/domain/records';
import { kindModule, type LabelExtra } from './kinds';

/*
 * FTS5's unicode61 tokenizer keeps a run of Han characters as one token, so a Chinese name could
 * only be found whole. Spacing every ideograph apart makes each its own token; a query is spaced
 * the same way and searched as a phrase, which finds any substring of a name.
 */
const HAN = /(\p{Script=Han})/gu;

export function spaceHan(text: string): string {
  return text.replace(HAN, ' $1 ').replace(/ {2,}/g, ' ');
}

/**
 * The text a record is found by: its kind's fields and its custom values (`customText`, from
 * store/custom-values.ts). A source's protected identity never appears here.
 */
export function searchBody<K extends RecordKind>(kind: K, data: Partial<RecordData<K>>, extra: LabelExtra = {}, customText: readonly string[] = []): string {
  const parts = [...kindModule(kind).searchText(data, extra), ...customText];
  return spaceHan(parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n'));
}

/**
 * Turns what a person types into an FTS5 query without exposing FTS5's syntax: every word is a
 * quoted prefix term (Kazakh and Russian add suffixes: "Қарағанды" finds "Қарағандыда"),
 * Han text becomes a phrase, and a bare OR between words is kept as OR. Everything else is AND.
 */
export function toMatchQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[\s"'()*:^+\-,.;!?«»„“”]+/u)
    .filter((word) => word.length > 0);
  const terms: string[] = [];
  let pendingOr = false;
  for (const word of words) {
    if (word === 'OR' || word === 'ИЛИ' || word === 'НЕМЕСЕ') {
      pendingOr = terms.length > 0;
      continue;
    }
    const term = HAN.test(word)
      ? `"${spaceHan(word).trim().replace(/"/g, '')}"`
      : `"${word.replace(/"/g, '')}"*`;
    HAN.lastIndex = 0;
    if (terms.length > 0) terms.push(pendingOr ? 'OR' : 'AND');
    terms.push(term);
    pendingOr = false;
  }
  return terms.length > 0 ? terms.join(' ') : null;
}
