import { useTranslation } from 'react-i18next';
import { termLabel, useVocabularies } from '../../components/forms/vocabulary-store';
import { currentLanguage } from '../../i18n';
import { LinkedRecords } from './LinkedRecords';

/** On a person's screen: the organisations that list the person, with the person's roles there. */
export function PersonOrganisations({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { vocabularies } = useVocabularies();
  const roles = vocabularies.find((v) => v.key === 'organisation_role');
  return (
    <LinkedRecords
      id={personId}
      kind="organisation"
      heading={t('organisations.memberships.heading')}
      empty={t('organisations.memberships.none')}
      testId="person-organisations"
      describe={(organisation) =>
        organisation.data.members
          .filter((member) => member.personId === personId)
          .map((member) => termLabel(roles, member.role, language))
          .join(', ')
      }
    />
  );
}
