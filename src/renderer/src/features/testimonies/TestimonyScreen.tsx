import type { Route } from '../../workspace/routes';

/** Placeholder until the Testimony screen is built. */
export function TestimonyScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Testimony</h1>;
}
