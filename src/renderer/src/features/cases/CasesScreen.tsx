import type { Route } from '../../workspace/routes';

/** Placeholder until the Cases screen is built. */
export function CasesScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Cases</h1>;
}
