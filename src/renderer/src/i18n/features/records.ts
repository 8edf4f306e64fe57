import type { Catalogue } from '../en';

/** Strings of the records screens; English is the reference, the others must match its keys. */
export const recordsEn = {
  title: 'Records',
};

export const recordsRu: Catalogue<typeof recordsEn> = {
  title: 'Records',
};

export const recordsKk: Catalogue<typeof recordsEn> = {
  title: 'Records',
};
