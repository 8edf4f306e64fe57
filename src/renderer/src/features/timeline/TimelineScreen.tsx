import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem, Vocabulary } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormError } from '../../components/FormError';
import { currentLanguage } from '../../i18n';
import { sexContext } from '../../i18n/person-sex';
import { useNavigation, type Route } from '../../navigation/routes';
import { TimelineChart } from './TimelineChart';
import { dayBounds, LANES, prepareItems, type Lane } from './timeline-layout';

interface Person {
  id: string;
  label: string;
  /** The person's sex, which Russian status words agree with. */
  sex?: string;
}

type Load =
  | { state: 'loading' }
  | { state: 'failed'; code: ErrorCode }
  | { state: 'ready'; items: TimelineItem[]; caseTitle: string; loadedAt: number };

const PAGE = 500;
const MAX_PAGES = 40;
const STATUSES = ['detained', 'released', 'missing', 'deceased', 'abroad', 'unknown'] as const;
type Status = (typeof STATUSES)[number];

function isStatus(value: string | undefined): value is Status {
  return (STATUSES as readonly (string | undefined)[]).includes(value);
}

/** The filter key of an item's type: lane and code, so an incident type never clashes with a status. */
function typeKey(item: TimelineItem): string {
  return `${item.kind}:${item.kind === 'testimony' ? '' : (item.type ?? '')}`;
}

async function casePeople(caseId: string): Promise<Person[]> {
  const people: Person[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await api.call('records.list', { kind: 'person', caseId, includeDrafts: false, sort: 'label', direction: 'asc', limit: PAGE, offset: page * PAGE });
    people.push(...result.items.map((record) => ({ id: record.id, label: record.label, sex: record.kind === 'person' ? record.data.sex : undefined })));
    if (result.items.length < PAGE || people.length >= result.total) break;
  }
  return people;
}

export function routeForItem(item: TimelineItem, caseId: string): Route {
  if (item.kind === 'status') return { name: 'person', id: item.recordId, caseId };
  return { name: item.kind, id: item.recordId, caseId };
}

/** A case's incidents, testimonies and status changes on a zoomable time axis. */
export function TimelineScreen({ route }: { route: Route }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigation = useNavigation();
  const caseId = route.name === 'timeline' ? route.caseId : '';
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // The filter's people and the incident types' labels come after the timeline, never before it:
  // in a vault of many thousands of records, listing a case's people is the slower call.
  const [people, setPeople] = useState<Person[]>([]);
  const [incidentTypes, setIncidentTypes] = useState<Vocabulary | undefined>(undefined);
  const [personId, setPersonId] = useState('');
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [items, record] = await Promise.all([api.call('cases.timeline', { caseId }), api.call('records.get', { id: caseId })]);
        if (live) setLoad({ state: 'ready', items, caseTitle: record.label, loadedAt: performance.now() });
      } catch (error) {
        if (live) setLoad({ state: 'failed', code: toApiError(error).code });
      }
    })();
    api.call('vocabularies.list', {}).then(
      (vocabularies) => live && setIncidentTypes(vocabularies.find((vocabulary) => vocabulary.key === 'incident_type')),
      () => undefined,
    );
    casePeople(caseId).then(
      (found) => live && setPeople(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [caseId]);

  const ready = load.state === 'ready' ? load : null;

  const incidentTypeLabel = useMemo(() => {
    const labels = new Map(incidentTypes?.terms.map((term) => [term.code, term.labels[language]]) ?? []);
    return (code: string | undefined) => (code ? (labels.get(code) ?? code) : '');
  }, [incidentTypes, language]);

  const sexOf = useMemo(() => new Map(people.map((person) => [person.id, person.sex])), [people]);
  const statusLabel = (status: string | undefined, personId?: string) =>
    isStatus(status) ? t(`admin.timeline.status.${status}`, { context: sexContext(personId === undefined ? undefined : sexOf.get(personId)) }) : (status ?? '');

  // Names are made for the items drawn only, and kept until the language or vocabulary changes.
  const nameOf = useMemo(() => {
    const names = new Map<string, string>();
    return (item: TimelineItem): string => {
      let name = names.get(item.key);
      if (name === undefined) {
        if (item.kind === 'status') name = t('admin.timeline.statusName', { name: item.label, status: statusLabel(item.type, item.recordId) });
        else if (item.kind === 'testimony') name = t('admin.timeline.testimonyName', { label: item.label });
        else name = item.label;
        names.set(item.key, name);
      }
      return name;
    };
    // statusLabel follows t, which follows the language, and the people, whose sex it agrees with.
  }, [t, language, ready, sexOf]);

  // Detention periods come from all of a person's changes, before any filter hides one of them.
  const prepared = useMemo(() => (ready ? prepareItems(ready.items, Math.floor(Date.now() / 86_400_000)) : []), [ready]);
  const bounds = useMemo(() => dayBounds(prepared), [prepared]);
  const shown = useMemo(
    () => prepared.filter((p) => (personId === '' || p.item.personIds.includes(personId)) && !hiddenTypes.has(typeKey(p.item))),
    [prepared, personId, hiddenTypes],
  );

  const typeOptions = useMemo(() => {
    const options = new Map<string, { key: string; lane: Lane; label: string; count: number }>();
    for (const p of prepared) {
      const key = typeKey(p.item);
      const existing = options.get(key);
      if (existing) {
        existing.count++;
        continue;
      }
      const label =
        p.lane === 'incident' ? incidentTypeLabel(p.item.type) || t('admin.timeline.lanes.incident') : p.lane === 'status' ? statusLabel(p.item.type) : t('admin.timeline.lanes.testimony');
      options.set(key, { key, lane: p.lane, label, count: 1 });
    }
    return [...options.values()].sort((a, b) => LANES.indexOf(a.lane) - LANES.indexOf(b.lane) || a.label.localeCompare(b.label, language));
    // statusLabel follows t, which follows the language.
  }, [prepared, incidentTypeLabel, language]);

  function toggleType(key: string, visible: boolean) {
    setHiddenTypes((old) => {
      const next = new Set(old);
      if (visible) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  return (
    <section className="admin-screen timeline-screen" data-testid="screen-timeline" aria-labelledby="timeline-title">
      <div className="admin-screen__head">
        <div>
          <h1 id="timeline-title" ref={heading} tabIndex={-1}>
            {t('admin.timeline.title')}
          </h1>
          {ready ? (
            <p className="admin-screen__subtitle" dir="auto" data-testid="timeline-case-title">
              {ready.caseTitle}
            </p>
          ) : null}
        </div>
        <button type="button" className="button button--secondary button--small" onClick={() => navigation.go({ name: 'case', id: caseId })} data-testid="timeline-back">
          {t('admin.timeline.backToCase')}
        </button>
      </div>

      {load.state === 'loading' ? (
        <p className="busy-note" role="status">
          {t('admin.timeline.loading')}
        </p>
      ) : null}
      {load.state === 'failed' ? <FormError code={load.code} /> : null}

      {ready ? (
        <>
          <div className="timeline-filters">
            <div className="field timeline-filters__person">
              <label className="field__label" htmlFor="timeline-person">
                {t('admin.timeline.person')}
              </label>
              <select id="timeline-person" className="input" value={personId} onChange={(event) => setPersonId(event.target.value)} data-testid="timeline-person">
                <option value="">{t('admin.timeline.everyone')}</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id} dir="auto">
                    {person.label}
                  </option>
                ))}
              </select>
            </div>
            {typeOptions.length > 0 ? (
              <fieldset className="timeline-filters__types">
                <legend className="field__label">{t('admin.timeline.types')}</legend>
                <div className="timeline-filters__options">
                  {typeOptions.map((option) => (
                    <label key={option.key} className={`checkbox timeline-filters__type timeline-filters__type--${option.lane}`}>
                      <input
                        type="checkbox"
                        checked={!hiddenTypes.has(option.key)}
                        onChange={(event) => toggleType(option.key, event.target.checked)}
                        data-testid={`timeline-type-${option.key}`}
                      />
                      <span>
                        {option.label} <span className="timeline-filters__count">({option.count})</span>
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
          </div>

          <div className="timeline-legend" aria-hidden="true">
            <span className="timeline-legend__item timeline-legend__item--exact">{t('admin.timeline.legend.exact')}</span>
            <span className="timeline-legend__item timeline-legend__item--period">{t('admin.timeline.legend.period')}</span>
            <span className="timeline-legend__item timeline-legend__item--uncertain">{t('admin.timeline.legend.uncertain')}</span>
            <span className="timeline-legend__item timeline-legend__item--detention">{t('admin.timeline.legend.detention')}</span>
          </div>

          {prepared.length === 0 ? (
            <p className="admin-screen__empty" data-testid="timeline-empty">
              {t('admin.timeline.empty')}
            </p>
          ) : (
            <>
              <p className="visually-hidden" role="status">
                {t('admin.timeline.shownCount', { count: shown.length })}
              </p>
              <TimelineChart
                items={shown}
                bounds={bounds}
                language={language}
                nameOf={nameOf}
                loadedAt={ready.loadedAt}
                onOpen={(item) => navigation.go(routeForItem(item, caseId))}
              />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
