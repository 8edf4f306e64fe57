import type { Route } from '../../workspace/routes';

/** Placeholder until the Case screen is built. */
export function CaseScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Case</h1>;
}
