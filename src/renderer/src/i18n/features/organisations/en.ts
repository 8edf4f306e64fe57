/** Strings of the organisation screens and of the links to organisations elsewhere. */
export const organisationsEn = {
  newTitle: 'New organisation',
  kind: 'Organisation',
  names: {
    legend: 'Names',
    intro: 'Write the name in every script and language it is known in, with its abbreviations: Latin, Cyrillic, Uyghur in Arabic script, Chinese.',
    add: 'Add another name',
    row: 'Name {{n}}',
    value: 'Name',
    languageHint: 'A code such as en, kk, ru, ug.',
  },
  about: 'About the organisation',
  type: 'Kind of organisation',
  place: 'Place',
  placeHint: 'Where it is based: region, city.',
  description: 'Description',
  members: {
    legend: 'People',
    intro: 'The people of this organisation recorded in the vault, each with their role.',
    add: 'Add a person',
    row: 'Person {{n}}',
    person: 'Person',
    role: 'Role',
  },
  incidents: {
    heading: 'Incidents it is involved in',
    none: 'No incident names this organisation yet.',
  },
  sources: {
    heading: 'Sources from this organisation',
    none: 'No source is from this organisation yet.',
  },
  memberships: {
    heading: 'Organisations',
    none: 'No organisation lists this person.',
  },
  loadFailed: 'The linked records could not be loaded.',
};
