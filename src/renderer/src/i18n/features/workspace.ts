import type { Catalogue } from '../en';

export const workspaceEn = {
  navigation: 'Sections',
  search: 'Search',
  nav: {
    cases: 'Cases',
    trash: 'Trash',
    vocabularies: 'Vocabularies',
    settings: 'Settings',
  },
};

export const workspaceRu: Catalogue<typeof workspaceEn> = {
  navigation: 'Разделы',
  search: 'Поиск',
  nav: {
    cases: 'Дела',
    trash: 'Корзина',
    vocabularies: 'Справочники',
    settings: 'Настройки',
  },
};

export const workspaceKk: Catalogue<typeof workspaceEn> = {
  navigation: 'Бөлімдер',
  search: 'Іздеу',
  nav: {
    cases: 'Істер',
    trash: 'Себет',
    vocabularies: 'Анықтамалықтар',
    settings: 'Баптаулар',
  },
};
