import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useNavigation } from '../../navigation/routes';

/** "Follows: Arrest in Ghulja", a link to the incident this one follows in the chain of events. */
export function FollowsLink({ id, caseId }: { id: string; caseId: string | undefined }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [title, setTitle] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setTitle(null);
    api.call('records.get', { id }).then(
      (record) => live && setTitle(record.label || t('records.form.untitled')),
      () => live && setTitle(t('records.form.missingRecord')),
    );
    return () => {
      live = false;
    };
  }, [id, t]);

  if (title === null) return null;
  return (
    <p className="field" data-testid="incident-follows-link">
      <span className="field__label">{t('records.incident.followsLink')}</span>{' '}
      <button type="button" className="link-button" onClick={() => navigation.go({ name: 'incident', id, ...(caseId ? { caseId } : {}) })}>
        <bdi>{title}</bdi>
      </button>
    </p>
  );
}
