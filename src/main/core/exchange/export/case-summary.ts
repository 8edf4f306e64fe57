import type { ExportProfile } from '../../../../shared/api/exports';
import { formatFuzzyDate } from '../../../../shared/dates/fuzzy-date';
import type { FuzzyDate } from '../../../../shared/domain/common';
import type { RecordData, RecordKind } from '../../../../shared/domain/records';
import type { BundleAttachment, BundleRecord } from '../bundle-types';

/**
 * A plain HTML page per case, for a partner who opens the bundle with the stock `age` tool and has
 * no Casekeep: who, what happened when, who said so, which files. Self-contained (no script, no
 * external resource, a CSP that allows neither), every piece of user text escaped and marked
 * `dir="auto"` so Arabic-script Uyghur reads right to left. What the profile left out is marked
 * as left out, never shown as empty (docs/export-format.md).
 */

export interface SummaryInput {
  kase: BundleRecord;
  /** Every record in the bundle; those filed in the case are shown. */
  records: readonly BundleRecord[];
  attachments: readonly BundleAttachment[];
  /** Files the profile left out, per owner record: only how many, since a name can say too much. */
  withheldAttachments: ReadonlyMap<string, number>;
  pseudonyms: ReadonlyMap<string, string>;
  /** English labels of vocabulary terms, by `vocabulary:code`. */
  termLabels: ReadonlyMap<string, string>;
  sender: string;
  createdAt: string;
  profile: ExportProfile;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** User text: escaped, in its own direction. */
const user = (text: string | undefined, tag = 'span'): string => (text ? `<${tag} dir="auto">${escapeHtml(text)}</${tag}>` : '');
const LEFT_OUT = '<em class="withheld">left out of this export</em>';
const date = (value: FuzzyDate | undefined): string => (value ? escapeHtml(value.text ? `${value.text} (${formatFuzzyDate(value, 'en')})` : formatFuzzyDate(value, 'en')) : 'date unknown');

function inCase(record: BundleRecord, caseId: string): boolean {
  return record.caseIds.includes(caseId);
}

/** A bundle record of one kind, its data as that kind's schema shapes it, less what was redacted. */
type BundleRecordOf<K extends RecordKind> = BundleRecord & { data: Partial<RecordData<K>> };

function ofKind<K extends RecordKind>(input: SummaryInput, kind: K, caseId: string): Array<BundleRecordOf<K>> {
  // The bundle writer put each record's data through its kind's schema before redaction.
  return input.records.filter((r): r is BundleRecordOf<K> => r.kind === kind && inCase(r, caseId));
}

function withheld(record: BundleRecord, path: string): boolean {
  return record.redacted.some((p) => p === path || p.startsWith(`${path}.`));
}

function term(input: SummaryInput, vocabulary: string, code: string | undefined): string {
  if (!code) return '';
  return escapeHtml(input.termLabels.get(`${vocabulary}:${code}`) ?? code);
}

function people(input: SummaryInput, caseId: string): string {
  const rows = ofKind(input, 'person', caseId).map((r) => {
    const d = r.data;
    const names = (d.names ?? []).map((n) => user(n.value)).join(' · ');
    const latest = [...(d.statusHistory ?? [])].pop();
    const status = latest ? ` — ${escapeHtml(latest.status)}${latest.date ? `, ${date(latest.date)}` : ''}` : '';
    const birth = d.birthDate ? ` (born ${date(d.birthDate)})` : '';
    return `<li>${names}${birth}${status}${withheld(r, 'idNumbers') ? ` · ID numbers ${LEFT_OUT}` : ''}</li>`;
  });
  return section('People', rows);
}

function incidents(input: SummaryInput, caseId: string): string {
  const rows = ofKind(input, 'incident', caseId).map((r) => {
    const d = r.data;
    const where = [term(input, 'place', d.place), user(d.facilityName), user(d.placeText)].filter(Boolean).join(', ');
    return `<li><strong>${date(d.date)}</strong> — ${user(d.title)} <span class="term">(${term(input, 'incident_type', d.type)})</span>${where ? `, ${where}` : ''}. Verification: ${escapeHtml(d.verification ?? 'unverified')}.${d.description ? user(d.description, 'p') : ''}</li>`;
  });
  return section('Incidents', rows);
}

function testimonies(input: SummaryInput, caseId: string): string {
  const rows = ofKind(input, 'testimony', caseId).map((r) => {
    const d = r.data;
    const source = d.sourceId ? (input.pseudonyms.get(d.sourceId) ?? 'a source not in this export') : 'unknown source';
    const summary = withheld(r, 'summary') ? `<p>Summary: ${LEFT_OUT}</p>` : d.summary ? user(d.summary, 'p') : '';
    const transcript = withheld(r, 'transcript') ? `<p>Transcript: ${LEFT_OUT}</p>` : d.transcript ? `<blockquote dir="auto">${escapeHtml(d.transcript)}</blockquote>` : '';
    const translations = withheld(r, 'translations')
      ? `<p>Translations: ${LEFT_OUT}</p>`
      : (d.translations ?? []).map((t) => `<p>Translation (${escapeHtml(t.language)}):</p><blockquote dir="auto">${escapeHtml(t.text)}</blockquote>`).join('');
    const place = withheld(r, 'place') ? `, place ${LEFT_OUT}` : d.place ? `, ${user(d.place)}` : '';
    return `<li><strong>${escapeHtml(d.interviewDate ?? '')}</strong> — ${user(source)}, in ${escapeHtml(d.language ?? '')}${place}${summary}${transcript}${translations}</li>`;
  });
  return section('Testimonies', rows);
}

function files(input: SummaryInput, caseId: string): string {
  const owners = new Set(input.records.filter((r) => inCase(r, caseId)).map((r) => r.id));
  owners.add(caseId);
  const rows = input.attachments
    .filter((a) => owners.has(a.ownerId))
    .map((a) => `<li>${user(a.name)} — ${a.size.toLocaleString('en')} bytes, SHA-256 <code>${escapeHtml(a.sha256)}</code></li>`);
  const left = [...owners].reduce((sum, id) => sum + (input.withheldAttachments.get(id) ?? 0), 0);
  if (left > 0) rows.push(`<li>${left} file${left === 1 ? '' : 's'} ${LEFT_OUT}</li>`);
  return section('Files', rows);
}

function section(title: string, rows: string[]): string {
  return `<section><h2>${title}</h2>${rows.length ? `<ul>${rows.join('')}</ul>` : '<p>None in this export.</p>'}</section>`;
}

const STYLE = 'body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}blockquote{white-space:pre-wrap;border-inline-start:3px solid #999;margin:.5em 0;padding-inline-start:1em}.withheld{color:#8a4b00}code{word-break:break-all}';

export function caseSummaryHtml(input: SummaryInput): string {
  const caseId = input.kase.id;
  const d = input.kase.data as Partial<RecordData<'case'>>;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title dir="auto">${escapeHtml(d.title ?? 'Case')}</title><style>${STYLE}</style></head><body>`,
    `<h1 dir="auto">${escapeHtml(d.title ?? 'Case')}</h1>`,
    `<p>${d.reference ? `Reference ${user(d.reference)}. ` : ''}Status: ${escapeHtml(d.status ?? 'open')}. Exported by ${user(input.sender)} on ${escapeHtml(input.createdAt)}, profile “${escapeHtml(input.profile)}”.</p>`,
    d.summary ? user(d.summary, 'p') : '',
    people(input, caseId),
    incidents(input, caseId),
    testimonies(input, caseId),
    files(input, caseId),
    '<footer><p>The records and files of this bundle are listed with their SHA-256 in its signed manifest; this page is a reading aid, not the evidence.</p></footer>',
    '</body></html>',
  ].join('\n');
}
