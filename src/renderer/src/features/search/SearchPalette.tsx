/** Placeholder until the search palette is built; opened with Ctrl/Cmd+K. */
export function SearchPalette(_props: { open: boolean; onClose(): void }) {
  return null;
}
