import type { SearchHit, SnippetPart } from '../../../../shared/domain/views';
import type { Route } from '../../navigation/routes';

/** The screen a hit opens. */
export function routeForHit(hit: Pick<SearchHit, 'id' | 'kind'>): Route {
  return hit.kind === 'case' ? { name: 'case', id: hit.id } : { name: hit.kind, id: hit.id };
}

/** Matched words in `<mark>`, the rest as text: never markup from the store. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

/** What Tab may reach inside the palette, which keeps focus within it while open. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('input, button, [href], select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
    (element) => !element.hasAttribute('disabled'),
  );
}
