import type { Catalogue } from '../../catalogue';
import type { workspaceEn } from './en';

export const workspaceKk: Catalogue<typeof workspaceEn> = {
  navigation: 'Бөлімдер',
  search: 'Іздеу',
  nav: {
    cases: 'Істер',
    trash: 'Себет',
    vocabularies: 'Анықтамалықтар',
    fields: 'Өрістер',
    settings: 'Баптаулар',
  },
};
