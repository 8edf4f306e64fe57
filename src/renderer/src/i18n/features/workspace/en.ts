export const workspaceEn = {
  navigation: 'Sections',
  search: 'Search',
  nav: {
    cases: 'Cases',
    trash: 'Trash',
    vocabularies: 'Vocabularies',
    fields: 'Fields',
    settings: 'Settings',
  },
};
