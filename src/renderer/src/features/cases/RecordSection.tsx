import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../../../shared/domain/views';
import { ShowMore } from '../../components/ShowMore';

export type ListKind = 'person' | 'incident' | 'testimony' | 'source' | 'organisation';
/** Records of a kind shown at first, and brought by each "Show more". */
export const PAGE = 100;

/** One kind of record filed in a case: a page of them, each opening its own screen, and a way to add one. */
export function RecordSection({
  kind,
  list,
  describe,
  onOpen,
  onAdd,
  loadingMore,
  onMore,
}: {
  kind: ListKind;
  list: { items: StoredRecord[]; total: number } | null;
  describe(record: StoredRecord): string[];
  onOpen(record: StoredRecord): void;
  onAdd(): void;
  loadingMore: boolean;
  onMore(): void;
}) {
  const { t } = useTranslation();
  const headingId = `case-section-${kind}`;
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid={`case-section-${kind}`}>
      <div className="case-section__header">
        <h2 id={headingId}>
          {t(`records.case.sections.${kind}`)} <span className="count-badge" data-testid="section-count">{list?.total ?? '…'}</span>
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={onAdd} data-testid={`case-add-${kind}`}>
          {t(`records.case.add.${kind}`)}
        </button>
      </div>
      {list === null ? (
        <p className="busy-note">{t('records.common.loading')}</p>
      ) : list.items.length === 0 ? (
        <p className="empty-note">{t(`records.case.empty.${kind}`)}</p>
      ) : (
        <ul className="record-list">
          {list.items.map((record) => {
            const details = describe(record).filter(Boolean);
            return (
              <li key={record.id} className="record-list__item" data-testid={`case-${kind}-item`} data-record-id={record.id}>
                <button type="button" className="link-button record-list__open" onClick={() => onOpen(record)} data-testid="record-open">
                  <bdi>{record.label || t('records.form.untitled')}</bdi>
                </button>
                {details.length > 0 ? (
                  <span className="record-list__details">
                    {details.map((detail, index) => (
                      <bdi key={index} className="record-list__detail">
                        {detail}
                      </bdi>
                    ))}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {list ? <ShowMore shown={list.items.length} total={list.total} pageSize={PAGE} busy={loadingMore} onMore={onMore} describedBy={headingId} testId={`case-more-${kind}`} /> : null}
    </section>
  );
}
