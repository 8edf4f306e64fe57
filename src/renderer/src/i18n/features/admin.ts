import type { Catalogue } from '../en';

/** Strings of the admin screens; English is the reference, the others must match its keys. */
export const adminEn = {
  title: 'Admin',
};

export const adminRu: Catalogue<typeof adminEn> = {
  title: 'Admin',
};

export const adminKk: Catalogue<typeof adminEn> = {
  title: 'Admin',
};
