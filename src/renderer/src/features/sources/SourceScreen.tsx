import type { Route } from '../../workspace/routes';

/** Placeholder until the Source screen is built. */
export function SourceScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Source</h1>;
}
