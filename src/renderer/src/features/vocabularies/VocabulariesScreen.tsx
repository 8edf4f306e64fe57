import type { Route } from '../../workspace/routes';

/** Placeholder until the Vocabularies screen is built. */
export function VocabulariesScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Vocabularies</h1>;
}
