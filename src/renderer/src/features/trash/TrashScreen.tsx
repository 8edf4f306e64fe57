import type { Route } from '../../workspace/routes';

/** Placeholder until the Trash screen is built. */
export function TrashScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Trash</h1>;
}
