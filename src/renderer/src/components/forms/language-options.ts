import { languageName } from '../../../../shared/language-names';
import type { Language } from '../../../../shared/languages';
import type { SelectOption } from './Fields';

/**
 * The choices of a language picker: the offered tags by name, and a stored tag outside them kept
 * as a choice of its own (named if the list knows it, else shown as the code), so opening a record
 * never loses its language.
 */
export function languageOptions(offered: readonly string[], current: string, language: Language): SelectOption<string>[] {
  const options = offered.map((tag) => ({ value: tag, label: languageName(tag, language) }));
  if (current !== '' && !offered.includes(current)) options.push({ value: current, label: languageName(current, language) });
  return options;
}
