/**
 * Uyghur (Arabic script, UEY) strings of the workspace shell, in en.ts's key order. The
 * translation awaits a native speaker's review: each string is keyed so it can be corrected alone.
 */
import type { Catalogue } from '../../catalogue';
import type { workspaceEn } from './en';

export const workspaceUg: Catalogue<typeof workspaceEn> = {
  navigation: 'بۆلۈملەر',
  search: 'ئىزدەش',
  nav: {
    cases: 'دېلولار',
    trash: 'ئەخلەت ساندۇقى',
    vocabularies: 'لۇغەتلەر',
    fields: 'بۆلەكلەر',
    settings: 'تەڭشەكلەر',
  },
};
