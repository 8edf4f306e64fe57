import type { ReactElement } from 'react';
import { BackupScreen } from '../features/backup/BackupScreen';
import { CaseScreen } from '../features/cases/CaseScreen';
import { CasesScreen } from '../features/cases/CasesScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { FieldsScreen } from '../features/fields/FieldsScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { IncidentScreen } from '../features/incidents/IncidentScreen';
import { OrganisationScreen } from '../features/organisations/OrganisationScreen';
import { PartnersScreen } from '../features/partners/PartnersScreen';
import { PersonScreen } from '../features/people/PersonScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SourceScreen } from '../features/sources/SourceScreen';
import { TestimonyScreen } from '../features/testimonies/TestimonyScreen';
import { TimelineScreen } from '../features/timeline/TimelineScreen';
import { TrashScreen } from '../features/trash/TrashScreen';
import { VocabulariesScreen } from '../features/vocabularies/VocabulariesScreen';
import type { Route } from '../navigation/routes';

/** The screen for each route. */
export function screenFor(route: Route): ReactElement {
  switch (route.name) {
    case 'cases':
      return <CasesScreen route={route} />;
    case 'case':
      return <CaseScreen route={route} />;
    case 'person':
      return <PersonScreen route={route} />;
    case 'incident':
      return <IncidentScreen route={route} />;
    case 'source':
      return <SourceScreen route={route} />;
    case 'testimony':
      return <TestimonyScreen route={route} />;
    case 'organisation':
      return <OrganisationScreen route={route} />;
    case 'timeline':
      return <TimelineScreen route={route} />;
    case 'export':
      return <ExportScreen route={route} />;
    case 'import':
      return <ImportScreen route={route} />;
    case 'trash':
      return <TrashScreen route={route} />;
    case 'vocabularies':
      return <VocabulariesScreen route={route} />;
    case 'fields':
      return <FieldsScreen route={route} />;
    case 'settings':
      return <SettingsScreen route={route} />;
    case 'partners':
      return <PartnersScreen route={route} />;
    case 'backup':
      return <BackupScreen route={route} />;
  }
}
