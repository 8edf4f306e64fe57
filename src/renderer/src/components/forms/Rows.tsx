import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RowsProps<R extends { key: string }> {
  id: string;
  legend: string;
  intro?: string;
  rows: readonly R[];
  /** The text of the Add button ("Add a name"). */
  addLabel: string;
  onAdd(): void;
  onRemove(index: number): void;
  /** Names one row for screen readers ("Name 2"), used by its Remove button. */
  rowName(index: number): string;
  /** The error of the list as a whole (too few, too many). */
  error?: ReactNode;
  invalid?(index: number): boolean;
  children(row: R, index: number): ReactNode;
  testId?: string;
  /** The list may not become empty (a person needs a name). */
  keepOne?: boolean;
}

/**
 * A repeatable group of fields: names, ID numbers, statuses, consents. Each row is a card with
 * its own Remove button; Add puts a new row at the end and focuses its first field.
 */
export function Rows<R extends { key: string }>(props: RowsProps<R>) {
  const { t } = useTranslation();
  const { id, rows } = props;

  function add(): void {
    props.onAdd();
    // After React has drawn the new row.
    window.setTimeout(() => {
      document.querySelector<HTMLElement>(`#${CSS.escape(id)} > .rows > li:last-child :is(input, select, textarea)`)?.focus();
    }, 0);
  }

  return (
    <fieldset id={id} className="group" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      {props.intro ? <p className="group__intro">{props.intro}</p> : null}
      {props.error ? <div className="field__error">{props.error}</div> : null}
      {rows.length > 0 ? (
        <ul className="rows">
          {rows.map((row, index) => (
            <li
              key={row.key}
              className={props.invalid?.(index) ? 'row-card row-card--invalid' : 'row-card'}
              aria-label={props.rowName(index)}
              data-testid={props.testId ? `${props.testId}-row` : undefined}
            >
              {props.children(row, index)}
              {props.keepOne && rows.length === 1 ? null : (
                <div className="row-card__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => props.onRemove(index)}
                    data-testid={props.testId ? `${props.testId}-remove` : undefined}
                  >
                    {t('records.common.removeItem', { item: props.rowName(index) })}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <button type="button" className="button button--secondary button--small" onClick={add} data-testid={props.testId ? `${props.testId}-add` : undefined}>
          {props.addLabel}
        </button>
      </div>
    </fieldset>
  );
}

/** Replaces one row of a list by index. */
export function updateRow<R>(rows: readonly R[], index: number, change: Partial<R>): R[] {
  return rows.map((row, i) => (i === index ? { ...row, ...change } : row));
}

export function removeRow<R>(rows: readonly R[], index: number): R[] {
  return rows.filter((_, i) => i !== index);
}
