import type { Route } from '../../workspace/routes';

/** Placeholder until the Person screen is built. */
export function PersonScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Person</h1>;
}
