/**
 * A case with 5,000 timeline items for the timeline spec and the UI bench: 23 people with 200
 * status changes each, 250 incidents and 150 testimonies over twenty years, with every kind of
 * date precision (exact days, months, ranges, "about" a year).
 */

export const TIMELINE_ITEMS = 5000;

type Create = { kind: string; data: Record<string, unknown> };

const iso = (day: number) => new Date(Date.UTC(2004, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

function dateFor(n: number): Record<string, string> {
  const day = (n * 37) % 7300;
  switch (n % 4) {
    case 0:
      return { precision: 'day', earliest: iso(day), latest: iso(day) };
    case 1:
      return { precision: 'range', earliest: iso(day), latest: iso(day + 60) };
    case 2: {
      const year = 2004 + Math.floor(day / 365.25);
      return { precision: 'about', earliest: `${year - 1}-01-01`, latest: `${year + 1}-12-31` };
    }
    default: {
      const [y, m] = iso(day).split('-');
      const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
      return { precision: 'month', earliest: `${y}-${m}-01`, latest: `${y}-${m}-${last}` };
    }
  }
}

/** The `records.create` inputs, once the case and a source exist. */
export function timelineInputs(caseId: string, sourceId: string): Create[] {
  const statuses = ['detained', 'released', 'missing', 'abroad'];
  const people = Array.from({ length: 23 }, (_, p) => ({
    kind: 'person',
    data: {
      caseIds: [caseId],
      names: [{ value: `Person ${p}`, script: 'Latn' }],
      statusHistory: Array.from({ length: 200 }, (_, j) => ({ status: statuses[j % 4], date: dateFor(p * 200 + j) })),
    },
  }));
  const incidentTypes = ['arrest', 'interrogation', 'reeducation_camp_internment'];
  const incidents = Array.from({ length: 250 }, (_, n) => ({
    kind: 'incident',
    data: { caseIds: [caseId], title: `Incident ${n}`, type: incidentTypes[n % 3], date: dateFor(n * 7 + 1) },
  }));
  const testimonies = Array.from({ length: 150 }, (_, n) => ({
    kind: 'testimony',
    data: { caseIds: [caseId], sourceId, interviewDate: iso(5000 + n * 13), place: `Place ${n}`, language: 'kk' },
  }));
  return [...people, ...incidents, ...testimonies];
}
