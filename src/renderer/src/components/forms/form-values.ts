/**
 * Plain conversions between what a form holds (text as typed) and what the contract stores.
 * No DOM and no React, so unit tests run them directly.
 */

/** "a, b , c" as a list of trimmed, non-empty, distinct entries (commas, semicolons, new lines). */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[,;\n،]/u).map((part) => part.trim()).filter(Boolean))];
}

export function joinList(values: readonly string[] | undefined): string {
  return (values ?? []).join(', ');
}

/** Empty text as absent, for optional fields of the contract. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Long text (notes, summaries) is kept exactly as typed, unless there is nothing but spaces. */
export function optionalLong(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

let rowCounter = 0;

/** A stable key for a new row of a repeatable list, for React only; never stored. */
export function rowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}
