import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportProfile, ExportResult, PartnerView } from '../../../../shared/api';
import { EXPORT_PROFILES } from '../../../../shared/api/exports';
import type { CaseSummary } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { FormFailure, RecordScreen } from '../../components/forms/RecordScreen';
import { ShowMore } from '../../components/ShowMore';
import { useNavigation, type Route } from '../../navigation/routes';

type Loaded<T> = { state: 'loading' } | { state: 'failed'; code: ErrorCode } | { state: 'ready'; items: T };
type Saved = Extract<ExportResult, { saved: true }>;
type Problem = 'chooseCase' | 'chooseRecipient' | 'passphraseShort';

/** Cases asked for at a time: a vault may hold thousands, and Show more reaches every one. */
const CASE_PAGE = 100;

const PASSPHRASE_MIN = 12;

/**
 * The export wizard: which cases, how much leaves (a profile, explained in plain words), who can
 * open the file, then progress and where the file went. The host's save dialog picks the path.
 */
export function ExportScreen({ route }: { route: Extract<Route, { name: 'export' }> }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [cases, setCases] = useState<Loaded<CaseSummary[]> & { total?: number }>({ state: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const casesList = useRef<HTMLDivElement>(null);
  const [partners, setPartners] = useState<Loaded<PartnerView[]>>({ state: 'loading' });
  const [chosenCases, setChosenCases] = useState<ReadonlySet<string>>(() => new Set(route.caseIds ?? []));
  const [all, setAll] = useState(false);
  const [profile, setProfile] = useState<ExportProfile>('partner');
  const [self, setSelf] = useState(false);
  const [chosenPartners, setChosenPartners] = useState<ReadonlySet<string>>(new Set());
  const [usePassphrase, setUsePassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<Saved | 'cancelled' | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    api.call('cases.list', { sort: 'label', direction: 'asc', limit: CASE_PAGE }).then(
      (page) => live.current && setCases({ state: 'ready', items: page.items, total: page.total }),
      (error: unknown) => live.current && setCases({ state: 'failed', code: toApiError(error).code }),
    );
    api.call('partners.list', {}).then(
      (items) => live.current && setPartners({ state: 'ready', items }),
      (error: unknown) => live.current && setPartners({ state: 'failed', code: toApiError(error).code }),
    );
    const stop = api.onEvent((event) => {
      if (event.type === 'progress' && event.method === 'exports.create' && live.current) setProgress({ done: event.done, total: event.total });
    });
    return () => {
      live.current = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  async function moreCases() {
    if (cases.state !== 'ready') return;
    const first = cases.items.length;
    setLoadingMore(true);
    try {
      const page = await api.call('cases.list', { sort: 'label', direction: 'asc', limit: CASE_PAGE, offset: first });
      if (!live.current) return;
      setCases((old) => {
        if (old.state !== 'ready') return old;
        const known = new Set(old.items.map((item) => item.id));
        return { state: 'ready', items: [...old.items, ...page.items.filter((item) => !known.has(item.id))], total: page.total };
      });
      // The keyboard goes on from the first case that arrived.
      requestAnimationFrame(() => casesList.current?.querySelectorAll<HTMLInputElement>('[data-testid="export-case"]')[first]?.focus());
    } catch (error) {
      if (live.current) setCases({ state: 'failed', code: toApiError(error).code });
    } finally {
      if (live.current) setLoadingMore(false);
    }
  }

  const archive = profile === 'archive';
  const busy = progress !== null && result === null && failure === null;

  function toggle(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  }

  function recipients(): string[] {
    if (usePassphrase) return [];
    return [...(self ? ['self'] : []), ...(archive ? [] : [...chosenPartners])];
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setResult(null);
    if (!all && chosenCases.size === 0) return setProblem('chooseCase');
    if (usePassphrase && passphrase.length < PASSPHRASE_MIN) return setProblem('passphraseShort');
    if (!usePassphrase && recipients().length === 0) return setProblem('chooseRecipient');
    setProblem(null);
    setProgress({ done: 0, total: 0 });
    try {
      const saved = await api.call('exports.create', {
        caseIds: all ? [] : [...chosenCases],
        all,
        profile,
        recipients: recipients(),
        ...(usePassphrase ? { passphrase } : {}),
      });
      if (!live.current) return;
      setResult(saved.saved ? saved : 'cancelled');
      setPassphrase('');
    } catch (error) {
      if (live.current) setFailure(toApiError(error).code);
    } finally {
      if (live.current) setProgress(null);
    }
  }

  if (result !== null) {
    return (
      <RecordScreen title={t('exportWizard.title')} testId="screen-export">
        <div className="panel-card stack" data-testid="export-result">
          <h2 ref={resultHeading} tabIndex={-1}>
            {result === 'cancelled' ? t('exportWizard.cancelled') : t('exportWizard.done')}
          </h2>
          {result !== 'cancelled' ? (
            <>
              <p>
                <code dir="auto" data-testid="export-path">
                  {result.path}
                </code>
              </p>
              <p data-testid="export-counts">
                {t('exportWizard.counts', { count: result.records })}, {t('exportWizard.files', { count: result.attachments })}.{' '}
                {result.redactedRecords > 0 ? t('exportWizard.redacted', { count: result.redactedRecords }) : null}{' '}
                {result.withheldAttachments > 0 ? t('exportWizard.withheld', { count: result.withheldAttachments }) : null}
              </p>
              <p>
                {t('exportWizard.manifest')}: <code className="export__hash">{result.manifestSha256}</code>
              </p>
            </>
          ) : null}
          <p>
            <button type="button" className="button button--secondary" onClick={() => setResult(null)} data-testid="export-again">
              {t('exportWizard.again')}
            </button>
          </p>
        </div>
      </RecordScreen>
    );
  }

  return (
    <RecordScreen
      title={t('exportWizard.title')}
      testId="screen-export"
      actions={
        <button type="button" className="button button--secondary" onClick={() => navigation.back()} data-testid="export-back">
          {t('exportWizard.back')}
        </button>
      }
    >
      <p className="admin-screen__intro">{t('exportWizard.intro')}</p>
      <form className="panel-card stack" noValidate onSubmit={(event) => void submit(event)} data-testid="export-form" aria-busy={busy}>
        <fieldset className="stack" data-testid="export-cases">
          <legend className="field__label">{t('exportWizard.casesLegend')}</legend>
          <p className="field__hint">{t('exportWizard.casesHint')}</p>
          {cases.state === 'loading' ? <p className="busy-note">{t('exportWizard.casesLoading')}</p> : null}
          {cases.state === 'failed' ? <FormFailure code={cases.code} testId="export-cases-error" /> : null}
          {cases.state === 'ready' && cases.items.length === 0 ? <p className="empty-note">{t('exportWizard.noCases')}</p> : null}
          <div ref={casesList} className="stack">
          {cases.state === 'ready'
            ? cases.items.map((summary) => (
                <label key={summary.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={all || chosenCases.has(summary.id)}
                    disabled={all || busy}
                    onChange={(event) => setChosenCases(toggle(chosenCases, summary.id, event.target.checked))}
                    data-testid="export-case"
                    data-case-id={summary.id}
                  />
                  <bdi>{summary.label || t('records.form.untitled')}</bdi>
                </label>
              ))
            : null}
          </div>
          {cases.state === 'ready' ? (
            <ShowMore shown={cases.items.length} total={cases.total ?? cases.items.length} pageSize={CASE_PAGE} busy={loadingMore} onMore={() => void moreCases()} testId="export-cases-more" />
          ) : null}
          <label className="checkbox">
            <input type="checkbox" checked={all} disabled={busy} onChange={(event) => setAll(event.target.checked)} data-testid="export-all" />
            {t('exportWizard.allVault')}
          </label>
        </fieldset>

        <fieldset className="stack" data-testid="export-profile">
          <legend className="field__label">{t('exportWizard.profileLegend')}</legend>
          {EXPORT_PROFILES.map((value) => (
            <div key={value}>
              <label className="checkbox">
                <input
                  type="radio"
                  name="export-profile"
                  value={value}
                  checked={profile === value}
                  disabled={busy}
                  onChange={() => setProfile(value)}
                  aria-describedby={`export-profile-${value}-explain`}
                  data-testid={`export-profile-${value}`}
                />
                {t(`exportWizard.profiles.${value}.label`)}
              </label>
              <p id={`export-profile-${value}-explain`} className="field__hint">
                {t(`exportWizard.profiles.${value}.explain`)}
              </p>
            </div>
          ))}
        </fieldset>

        <fieldset className="stack" data-testid="export-recipients">
          <legend className="field__label">{t('exportWizard.recipientsLegend')}</legend>
          <label className="checkbox">
            <input type="checkbox" checked={self && !usePassphrase} disabled={busy || usePassphrase} onChange={(event) => setSelf(event.target.checked)} data-testid="export-self" />
            {t('exportWizard.self')}
          </label>
          {partners.state === 'loading' ? <p className="busy-note">{t('exportWizard.partnersLoading')}</p> : null}
          {partners.state === 'failed' ? <FormFailure code={partners.code} testId="export-partners-error" /> : null}
          {partners.state === 'ready' && partners.items.length === 0 ? <p className="field__hint">{t('exportWizard.noPartners')}</p> : null}
          {partners.state === 'ready'
            ? partners.items.map((partner) => (
                <label key={partner.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={!archive && !usePassphrase && chosenPartners.has(partner.id)}
                    disabled={busy || archive || usePassphrase}
                    onChange={(event) => setChosenPartners(toggle(chosenPartners, partner.id, event.target.checked))}
                    data-testid="export-partner"
                    data-partner-id={partner.id}
                  />
                  <bdi>{partner.name}</bdi> <span className="field__hint">{partner.fingerprint}</span>
                </label>
              ))
            : null}
          <label className="checkbox">
            <input type="checkbox" checked={usePassphrase} disabled={busy} onChange={(event) => setUsePassphrase(event.target.checked)} data-testid="export-use-passphrase" />
            {t('exportWizard.usePassphrase')}
          </label>
          {usePassphrase ? (
            <div className="field">
              <label className="field__label" htmlFor="export-passphrase">
                {t('exportWizard.passphrase')}
              </label>
              <p id="export-passphrase-hint" className="field__hint">
                {t('exportWizard.passphraseHint')}
              </p>
              <input
                id="export-passphrase"
                type="password"
                autoComplete="new-password"
                value={passphrase}
                disabled={busy}
                onChange={(event) => setPassphrase(event.target.value)}
                aria-describedby="export-passphrase-hint"
                aria-invalid={problem === 'passphraseShort'}
                data-testid="export-passphrase"
              />
            </div>
          ) : null}
        </fieldset>

        {problem ? (
          <p className="field__error" role="alert" data-testid="export-problem">
            {t(`exportWizard.${problem}`)}
          </p>
        ) : null}
        <FormFailure code={failure} testId="export-error" />
        {busy && progress ? (
          <div role="status" data-testid="export-progress-status">
            <p className="busy-note">{t('exportWizard.working')}</p>
            <progress max={progress.total || 1} value={progress.total ? progress.done : 0} aria-label={t('exportWizard.progress')} data-testid="export-progress" />
          </div>
        ) : null}
        <p>
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="export-submit">
            {t('exportWizard.submit')}
          </button>
        </p>
      </form>
    </RecordScreen>
  );
}
