import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictSide, ConflictView } from '../../../../shared/api/imports';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormFailure } from '../../components/forms/RecordScreen';
import { currentLanguage } from '../../i18n';
import { formatMoment } from '../../i18n/format-dates';

type Loaded = { state: 'loading' } | { state: 'failed'; code: ErrorCode } | { state: 'ready'; items: ConflictView[] };

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
}

/** The open conflicts, and for one of them every side next to each other, to keep one. */
export function ConflictsPanel() {
  const { t } = useTranslation();
  const [list, setList] = useState<Loaded>({ state: 'loading' });
  const [open, setOpen] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    api.call('conflicts.list', {}).then(
      (items) => setList({ state: 'ready', items }),
      (error: unknown) => setList({ state: 'failed', code: toApiError(error).code }),
    );
  }, []);

  useEffect(load, [load]);

  const current = list.state === 'ready' ? list.items.find((c) => c.recordId === open) : undefined;

  function closeResolver(resolved: boolean) {
    setOpen(null);
    setNote(resolved ? t('importWizard.resolved') : null);
    if (resolved) load();
    // Focus goes back to the list the person came from.
    requestAnimationFrame(() => listHeading.current?.focus());
  }

  return (
    <section className="panel-card stack" aria-labelledby="import-conflicts-title" data-testid="import-conflicts">
      <h2 id="import-conflicts-title" ref={listHeading} tabIndex={-1}>
        {t('importWizard.conflictsTitle')}
      </h2>
      <p className="field__hint">{t('importWizard.conflictsIntro')}</p>
      {note ? <p role="status">{note}</p> : null}
      {list.state === 'failed' ? <FormFailure code={list.code} testId="import-conflicts-error" /> : null}
      {list.state === 'ready' && list.items.length === 0 ? <p className="empty-note">{t('importWizard.noConflicts')}</p> : null}
      {current ? (
        <Resolver conflict={current} onClose={closeResolver} />
      ) : list.state === 'ready' ? (
        <ul className="stack">
          {list.items.map((c) => {
            const shown = c.sides.find((s) => s.version === c.shown) ?? c.sides[0]!;
            return (
              <li key={c.recordId} data-testid="import-conflict" data-record-id={c.recordId}>
                {t(`admin.trash.kinds.${c.kind}`)}: <bdi dir="auto">{shown.label || t('records.form.untitled')}</bdi>{' '}
                <button type="button" className="button button--secondary" onClick={() => setOpen(c.recordId)} data-testid="import-conflict-open">
                  {t('importWizard.resolve')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

function Resolver({ conflict, onClose }: { conflict: ConflictView; onClose(resolved: boolean): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const fields = [...new Set(conflict.sides.flatMap((s) => Object.keys(s.data)))].sort();
  const differs = (field: string) => new Set(conflict.sides.map((s) => show(s.data[field]))).size > 1;

  async function keep(side: ConflictSide) {
    setBusy(true);
    setFailure(null);
    try {
      await api.call('conflicts.resolve', { recordId: conflict.recordId, choose: { version: side.version } });
      onClose(true);
    } catch (error) {
      setFailure(toApiError(error).code);
      setBusy(false);
    }
  }

  return (
    <div className="stack" data-testid="import-resolver" aria-busy={busy}>
      <h3 ref={heading} tabIndex={-1}>
        {t('importWizard.resolverTitle')}
      </h3>
      <p className="field__hint">{t('importWizard.resolverIntro')}</p>
      <div className="resolver__sides">
        {conflict.sides.map((side) => (
          <section key={side.version} className="panel-card stack" aria-label={side.label} data-testid="import-resolver-side" data-version={side.version}>
            <h4>
              <bdi dir="auto">{side.label || t('records.form.untitled')}</bdi>
            </h4>
            <p className="field__hint">
              {t('importWizard.side', { at: formatMoment(side.updatedAt, currentLanguage()) })}
              {side.deletedAt ? ` · ${t('importWizard.sideDeleted')}` : ''}
              {side.version === conflict.shown ? ` · ${t('importWizard.shown')}` : ''}
            </p>
            <dl>
              {fields.map((field) => (
                <div key={field} className={differs(field) ? 'resolver__field resolver__field--differs' : 'resolver__field'}>
                  <dt>
                    {field}
                    {differs(field) ? <strong> ({t('importWizard.differs')})</strong> : null}
                  </dt>
                  <dd dir="auto">
                    {show(side.data[field]) || t('importWizard.empty')}
                  </dd>
                </div>
              ))}
            </dl>
            <p>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void keep(side)} data-testid="import-keep">
                {t('importWizard.keep')}
              </button>
            </p>
          </section>
        ))}
      </div>
      <FormFailure code={failure} testId="import-resolver-error" />
      <p>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => onClose(false)} data-testid="import-resolver-close">
          {t('importWizard.closeResolver')}
        </button>
      </p>
    </div>
  );
}
