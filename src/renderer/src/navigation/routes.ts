import { createContext, useContext } from 'react';

/** Every place in the open vault; the workspace shows one at a time. */
export type Route =
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'person'; id?: string; caseId?: string }
  | { name: 'incident'; id?: string; caseId?: string }
  | { name: 'source'; id?: string; caseId?: string }
  | { name: 'testimony'; id?: string; caseId?: string }
  | { name: 'organisation'; id?: string; caseId?: string }
  | { name: 'timeline'; caseId: string }
  | { name: 'export'; caseIds?: string[] }
  | { name: 'import' }
  | { name: 'trash' }
  | { name: 'vocabularies' }
  | { name: 'fields' }
  | { name: 'settings' }
  | { name: 'partners' }
  | { name: 'backup' };

export interface Navigation {
  route: Route;
  /** Goes to a route. A screen with unsaved work may refuse (see `useLeaveGuard`). */
  go(route: Route): void;
  back(): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside the workspace.');
  return navigation;
}
