import type { Route } from '../../workspace/routes';

/** Placeholder until the Timeline screen is built. */
export function TimelineScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Timeline</h1>;
}
