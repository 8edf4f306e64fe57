import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../shared/domain/records';
import type { StoredRecord } from '../../../../shared/domain/views';
import { api } from '../../api/client';
import { useNavigation } from '../../navigation/routes';

type LinkedKind = Exclude<RecordKind, 'case'>;

/**
 * The saved records of one kind that point at a record, read through their references
 * (`records.referencing`): the organisations a person belongs to, the incidents an organisation
 * took part in. Each opens its own screen.
 */
export function LinkedRecords<K extends LinkedKind>({
  id,
  kind,
  heading,
  empty,
  testId,
  describe,
}: {
  id: string;
  kind: K;
  heading: string;
  empty: string;
  testId: string;
  describe?(record: StoredRecord<K>): string;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [records, setRecords] = useState<StoredRecord<K>[] | null>(null);
  const [failed, setFailed] = useState(false);
  const headingId = `${testId}-heading`;

  useEffect(() => {
    let live = true;
    api.call('records.referencing', { id, kind }).then(
      (found) => live && setRecords(found as StoredRecord<K>[]),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [id, kind]);

  return (
    <section className="panel-card stack" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{heading}</h2>
      {failed ? (
        <p className="field__error" role="alert">
          {t('organisations.loadFailed')}
        </p>
      ) : records === null ? (
        <p className="busy-note">{t('records.common.loading')}</p>
      ) : records.length === 0 ? (
        <p className="empty-note">{empty}</p>
      ) : (
        <ul className="record-list">
          {records.map((record) => {
            const detail = describe?.(record) ?? '';
            return (
              <li key={record.id} className="record-list__item" data-testid={`${testId}-item`} data-record-id={record.id}>
                <button type="button" className="link-button record-list__open" onClick={() => navigation.go({ name: kind as LinkedKind, id: record.id })} data-testid="record-open">
                  <bdi>{record.label || t('records.form.untitled')}</bdi>
                </button>
                {detail ? (
                  <span className="record-list__details">
                    <bdi className="record-list__detail">{detail}</bdi>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
