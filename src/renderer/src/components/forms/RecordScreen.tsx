import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/errors';

interface RecordScreenProps {
  title: string;
  /** Names the screen for the end-to-end page objects. */
  testId: string;
  /** Buttons beside the title (Timeline, Delete…). */
  actions?: ReactNode;
  /** A line under the title: a pseudonym, a reference. */
  subtitle?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of a record screen inside the workspace: the title takes focus when the screen
 * opens, so a screen reader announces where the user now is.
 */
export function RecordScreen({ title, testId, actions, subtitle, children }: RecordScreenProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="record-screen" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <header className="record-screen__header">
        <div className="record-screen__titles">
          <h1 id={`${testId}-title`} ref={heading} tabIndex={-1} className="record-screen__title">
            <bdi>{title}</bdi>
          </h1>
          {subtitle ? <div className="record-screen__subtitle">{subtitle}</div> : null}
        </div>
        {actions ? <div className="record-screen__actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

/**
 * A refused save or load, in the user's language. A conflict offers to load the newer version;
 * field problems point at the fields, where the details are.
 */
export function FormFailure({ code, onReload, testId = 'form-error' }: { code: ErrorCode | null; onReload?(): void; testId?: string }) {
  const { t } = useTranslation();
  if (code === null) return null;
  return (
    <div className="alert alert--error" role="alert" data-testid={testId} data-code={code}>
      <p className="alert__title">{t('common.errorTitle')}</p>
      <p>{code === 'VALIDATION_FAILED' ? t('records.common.checkFields') : t(`errors.${code}`)}</p>
      {code === 'CONFLICT' && onReload ? (
        <p>
          <button type="button" className="button button--secondary button--small" onClick={onReload} data-testid="conflict-reload">
            {t('records.common.reload')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** While a record loads, or when it cannot. */
export function LoadState({ status, failure }: { status: 'loading' | 'ready' | 'failed'; failure: ErrorCode | null }) {
  const { t } = useTranslation();
  if (status === 'loading') {
    return (
      <p className="busy-note" role="status">
        {t('records.common.loading')}
      </p>
    );
  }
  if (status === 'failed') return <FormFailure code={failure ?? 'INTERNAL'} testId="load-error" />;
  return null;
}
