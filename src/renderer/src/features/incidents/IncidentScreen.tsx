import type { Route } from '../../workspace/routes';

/** Placeholder until the Incident screen is built. */
export function IncidentScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Incident</h1>;
}
