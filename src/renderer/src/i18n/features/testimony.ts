import type { Catalogue } from '../en';

/** Strings of the testimony screens; English is the reference, the others must match its keys. */
export const testimonyEn = {
  title: 'Testimony',
};

export const testimonyRu: Catalogue<typeof testimonyEn> = {
  title: 'Testimony',
};

export const testimonyKk: Catalogue<typeof testimonyEn> = {
  title: 'Testimony',
};
