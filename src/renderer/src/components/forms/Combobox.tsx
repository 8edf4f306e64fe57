import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComboboxOption {
  /** Unique among the options. */
  key: string;
  label: string;
  /** A second, quieter line: a parent path, other names, a snippet. */
  detail?: string;
  /** Indentation in a hierarchy, 0 at the top. */
  depth?: number;
  /** An action rather than a value ("Create new…"), drawn apart. */
  action?: boolean;
  /** The label's script direction is found from its text. */
  lang?: string;
}

export interface ComboboxProps {
  id: string;
  label: string;
  /** Hides the visible label (the field sits in a row that labels it); the input keeps its name. */
  hideLabel?: boolean;
  hint?: ReactNode;
  /** Already translated; shown under the input and tied to it. */
  error?: ReactNode;
  testId?: string;
  inputValue: string;
  onInputChange(text: string): void;
  options: readonly ComboboxOption[];
  onSelect(option: ComboboxOption): void;
  /** Focus left the field: the owner commits or reverts what is typed. */
  onCommit(): void;
  /** Escape on a closed list: the owner reverts the text. */
  onRevert(): void;
  /** Called when the list opens, so the owner may load options lazily. */
  onOpen?(): void;
  /** Key of the option that is the current value, to start the keyboard there. */
  selectedKey?: string;
  loading?: boolean;
  /**
   * The options do not answer what is typed yet (a search under way, a list still loading):
   * Enter pressed now picks once they arrive, instead of picking nothing.
   */
  pending?: boolean;
  /** Shown in the open list when there is nothing to pick. */
  emptyText: string;
  /** Shown under the options, e.g. that the list holds only the first of many. */
  footer?: string;
  disabled?: boolean;
  required?: boolean;
}

const DEPTH_CLASSES = 6;

/**
 * An editable combobox after the WAI-ARIA pattern (list autocomplete): focus stays in the input,
 * the active option is announced through aria-activedescendant. Arrows move, Enter picks,
 * Escape closes the list (a second Escape restores the text), Tab leaves. The owner lists an
 * exact match first, so Enter right after typing a whole label picks that label.
 */
export function Combobox(props: ComboboxProps) {
  const { t } = useTranslation();
  const { id, options, inputValue } = props;
  const listId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Enter came while the options were still on their way: pick when they arrive.
  const pickOnArrival = useRef(false);

  const activeIndex = active >= options.length ? options.length - 1 : active;
  const activeOption = open && activeIndex >= 0 ? options[activeIndex] : undefined;

  function show(startAt?: number): void {
    if (!open) props.onOpen?.();
    setOpen(true);
    if (startAt !== undefined) setActive(startAt);
  }

  function close(): void {
    pickOnArrival.current = false;
    setOpen(false);
    setActive(-1);
  }

  function move(to: number): void {
    if (options.length === 0) return;
    const next = (to + options.length) % options.length;
    setActive(next);
    list.current?.querySelector(`#${CSS.escape(`${id}-option-${next}`)}`)?.scrollIntoView({ block: 'nearest' });
  }

  function pick(option: ComboboxOption): void {
    props.onSelect(option);
    close();
  }

  const { pending } = props;
  useEffect(() => {
    if (!pickOnArrival.current || pending) return;
    pickOnArrival.current = false;
    // Only a real value: an action such as "Create new" is never chosen unseen.
    const option = options[Math.max(0, activeIndex)];
    if (option && !option.action) {
      props.onSelect(option);
      setOpen(false);
      setActive(-1);
    }
    // Runs when the awaited options arrive; the rest is read as it is then.
  }, [pending, options]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== 'Enter') pickOnArrival.current = false;
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (!open) {
          const selected = options.findIndex((option) => option.key === props.selectedKey);
          show(event.altKey ? -1 : Math.max(0, selected));
        } else move(activeIndex + 1);
        break;
      }
      case 'ArrowUp':
        event.preventDefault();
        if (!open) show(options.length - 1);
        else move(activeIndex - 1);
        break;
      case 'Home':
      case 'End':
        if (open && options.length > 0 && !event.shiftKey) {
          event.preventDefault();
          move(event.key === 'Home' ? 0 : options.length - 1);
        }
        break;
      case 'Enter':
        if (open) {
          // Never submits the form while the list is open.
          event.preventDefault();
          if (pending) pickOnArrival.current = true;
          else if (activeOption) pick(activeOption);
          else if (options.length === 1 && options[0]) pick(options[0]);
        }
        break;
      case 'Escape':
        // Handled here, so an enclosing dialog does not close as well.
        event.preventDefault();
        event.stopPropagation();
        if (open) close();
        else props.onRevert();
        break;
      case 'Tab':
        close();
        break;
    }
  }

  const described = [props.error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ');
  const inputTestId = props.testId;

  return (
    <div className="field combo" data-testid={inputTestId ? `${inputTestId}-field` : undefined}>
      <label className={props.hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {props.label}
        {props.required ? <span className="field__required"> *</span> : null}
      </label>
      {props.hint ? (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      <div className="combo__control">
        <input
          ref={input}
          id={id}
          className="input combo__input"
          type="text"
          dir="auto"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${id}-option-${activeIndex}` : undefined}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described || undefined}
          aria-required={props.required || undefined}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          disabled={props.disabled}
          value={inputValue}
          data-testid={inputTestId}
          onChange={(event) => {
            pickOnArrival.current = false;
            props.onInputChange(event.target.value);
            show(event.target.value.trim() === '' ? -1 : 0);
          }}
          onKeyDown={onKeyDown}
          onClick={() => (open ? close() : show(-1))}
          onBlur={() => {
            close();
            props.onCommit();
          }}
        />
        <button
          type="button"
          className="combo__toggle"
          tabIndex={-1}
          aria-label={t('records.form.showOptions', { field: props.label })}
          disabled={props.disabled}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            input.current?.focus();
            if (open) close();
            else show(-1);
          }}
        >
          <span className="combo__chevron" aria-hidden="true" />
        </button>
      </div>
      <div className="combo__popup" hidden={!open}>
        <ul ref={list} id={listId} role="listbox" hidden={options.length === 0} aria-label={props.label} className="combo__list" data-testid={inputTestId ? `${inputTestId}-options` : undefined}>
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              data-value={option.key}
              className={[
                'combo__option',
                `combo__option--depth-${Math.min(option.depth ?? 0, DEPTH_CLASSES - 1)}`,
                option.action ? 'combo__option--action' : '',
                option.key === props.selectedKey ? 'combo__option--current' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              onClick={() => pick(option)}
            >
              <bdi className="combo__option-label">{option.label}</bdi>
              {option.detail ? <bdi className="combo__option-detail">{option.detail}</bdi> : null}
            </li>
          ))}
        </ul>
        {options.length > 0 && props.footer ? (
          <p className="combo__footer" data-testid={inputTestId ? `${inputTestId}-footer` : undefined}>
            {props.footer}
          </p>
        ) : null}
        {options.length === 0 ? (
          <p id={statusId} className="combo__empty" role="status">
            {props.loading ? t('records.form.loading') : props.emptyText}
          </p>
        ) : null}
      </div>
      {props.error ? (
        <div id={errorId} className="field__error" data-testid={inputTestId ? `${inputTestId}-error` : undefined}>
          {props.error}
        </div>
      ) : null}
    </div>
  );
}
