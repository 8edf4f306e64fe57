import type { Catalogue } from '../../catalogue';
import type { workspaceEn } from './en';

export const workspaceRu: Catalogue<typeof workspaceEn> = {
  navigation: 'Разделы',
  search: 'Поиск',
  nav: {
    cases: 'Дела',
    trash: 'Корзина',
    vocabularies: 'Справочники',
    fields: 'Поля',
    settings: 'Настройки',
  },
};
