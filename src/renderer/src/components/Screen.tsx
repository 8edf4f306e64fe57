import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';

interface ScreenProps {
  title: string;
  /** Names the screen for the end-to-end page objects. */
  testId: string;
  /** Moves focus to the title when the screen opens, so a screen reader announces the change. */
  focusTitle?: boolean;
  headerTools?: ReactNode;
  children: ReactNode;
}

export function Screen({ title, testId, focusTitle = false, headerTools, children }: ScreenProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);

  return (
    <>
      <AppHeader tools={headerTools} />
      <main className="app-main" data-testid={testId}>
        <div className="panel stack">
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {children}
        </div>
      </main>
    </>
  );
}
