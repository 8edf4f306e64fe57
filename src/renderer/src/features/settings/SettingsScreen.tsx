import type { Route } from '../../workspace/routes';

/** Placeholder until the Settings screen is built. */
export function SettingsScreen(_props: { route: Route }) {
  return <h1 data-testid="screen-placeholder">Settings</h1>;
}
