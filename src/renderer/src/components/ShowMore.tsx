import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

export interface ShowMoreProps {
  shown: number;
  total: number;
  /** How many the next page brings at most. */
  pageSize: number;
  busy: boolean;
  onMore(): void;
  testId: string;
  /** Names the list, for a screen reader on a screen with several lists. */
  describedBy?: string;
}

/**
 * The foot of a list loaded a page at a time: how many of how many are shown, and a button for
 * the next page. Nothing when the whole list is shown. The owner moves focus to the first new
 * row once it arrives, so the keyboard carries on where the reading left off.
 */
export const ShowMore = forwardRef<HTMLButtonElement, ShowMoreProps>(function ShowMore(props, ref) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (props.shown >= props.total) return null;
  const number = (n: number) => n.toLocaleString(language);
  return (
    <div className="show-more" data-testid={props.testId}>
      <p className="show-more__count" data-testid={`${props.testId}-count`}>
        {t('common.shownOf', { shown: number(props.shown), total: number(props.total) })}
      </p>
      <button
        ref={ref}
        type="button"
        className="button button--secondary button--small"
        disabled={props.busy}
        aria-busy={props.busy}
        aria-describedby={props.describedBy}
        onClick={props.onMore}
        data-testid={`${props.testId}-button`}
      >
        {props.busy ? t('common.loadingMore') : t('common.showMore', { n: number(Math.min(props.pageSize, props.total - props.shown)) })}
      </button>
    </div>
  );
});
