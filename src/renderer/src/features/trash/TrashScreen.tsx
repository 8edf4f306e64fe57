import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem, TrashPage } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { ShowMore } from '../../components/ShowMore';
import type { Route } from '../../navigation/routes';
import { MomentText } from '../../components/MomentText';

type Load = { state: 'loading' } | { state: 'failed'; code: ErrorCode } | { state: 'ready'; items: TrashItem[]; total: number };

/** Rows asked for at a time; the contract allows up to MAX_PAGE in one call. */
const PAGE = 100;
const MAX_PAGE = 500;

/** The first `count` rows of the trash (at least one page), in as few calls as the contract allows. */
async function firstRows(count: number): Promise<TrashPage> {
  const wanted = Math.max(PAGE, count);
  const items: TrashItem[] = [];
  let total = 0;
  do {
    const page = await api.call('trash.list', { limit: Math.min(MAX_PAGE, wanted - items.length), offset: items.length });
    items.push(...page.items);
    total = page.total;
    if (page.items.length === 0) break;
  } while (items.length < Math.min(wanted, total));
  return { items, total };
}
type Done = { action: 'restored' | 'purged'; label: string } | null;

/** Deleted records and attachments: restore them, or destroy them after a confirmation. */
export function TrashScreen(_props: { route: Route }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState<Done>(null);
  const [purging, setPurging] = useState<TrashItem | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const live = useRef(true);
  const shown = useRef(0);
  shown.current = load.state === 'ready' ? load.items.length : 0;

  // After a restore or a purge the rows shift: as many as were shown are read again from the top.
  const reload = useCallback(async () => {
    try {
      const page = await firstRows(shown.current);
      if (live.current) setLoad({ state: 'ready', ...page });
    } catch (error) {
      if (live.current) setLoad({ state: 'failed', code: toApiError(error).code });
    }
  }, []);

  async function loadMore() {
    if (load.state !== 'ready') return;
    setLoadingMore(true);
    setFailure(null);
    try {
      const page = await api.call('trash.list', { limit: PAGE, offset: load.items.length });
      if (!live.current) return;
      setLoad((old) => {
        if (old.state !== 'ready') return old;
        const known = new Set(old.items.map((item) => item.id));
        return { state: 'ready', items: [...old.items, ...page.items.filter((item) => !known.has(item.id))], total: page.total };
      });
      setFocusRow(page.items.find((item) => !load.items.some((old) => old.id === item.id))?.id ?? null);
    } catch (error) {
      if (live.current) setFailure(toApiError(error).code);
    } finally {
      if (live.current) setLoadingMore(false);
    }
  }

  // The first new row takes focus, so the keyboard goes on from where the list ended.
  useEffect(() => {
    if (focusRow === null) return;
    setFocusRow(null);
    table.current?.querySelector<HTMLButtonElement>(`tr[data-id="${CSS.escape(focusRow)}"] [data-testid="trash-restore"]`)?.focus();
  }, [focusRow]);

  useEffect(() => {
    live.current = true;
    heading.current?.focus();
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);

  // The row that had focus is gone: the heading takes it, once the dialog has closed (children's
  // effects run first, so the dialog's cleanup has already given focus back).
  useEffect(() => {
    if (done) heading.current?.focus();
  }, [done]);

  async function restore(item: TrashItem) {
    setBusyId(item.id);
    setFailure(null);
    setDone(null);
    try {
      await api.call('trash.restore', { id: item.id });
      await reload();
      if (!live.current) return;
      setDone({ action: 'restored', label: item.label });
    } catch (error) {
      if (live.current) setFailure(toApiError(error).code);
    } finally {
      if (live.current) setBusyId(null);
    }
  }

  async function purge(item: TrashItem) {
    setBusyId(item.id);
    setFailure(null);
    setDone(null);
    try {
      // The literal `confirm: true` is the contract's record that the user confirmed.
      await api.call('trash.purge', { id: item.id, confirm: true });
      await reload();
      if (!live.current) return;
      setPurging(null);
      setDone({ action: 'purged', label: item.label });
    } catch (error) {
      if (!live.current) return;
      setPurging(null);
      setFailure(toApiError(error).code);
    } finally {
      if (live.current) setBusyId(null);
    }
  }

  const kindName = (kind: TrashItem['kind']) => t(`admin.trash.kinds.${kind}`);

  return (
    <section className="admin-screen" data-testid="screen-trash" aria-labelledby="trash-title">
      <h1 id="trash-title" ref={heading} tabIndex={-1}>
        {t('admin.trash.title')}
      </h1>
      <p className="admin-screen__intro">{t('admin.trash.intro')}</p>

      <div role="status" className="admin-screen__status" data-testid="trash-status">
        {done ? (
          <p className="alert alert--notice">
            {done.action === 'restored' ? t('admin.trash.restored', { label: done.label }) : t('admin.trash.purged', { label: done.label })}
          </p>
        ) : null}
      </div>
      <FormError code={failure} />

      {load.state === 'loading' ? (
        <p className="busy-note" role="status">
          {t('admin.trash.loading')}
        </p>
      ) : null}
      {load.state === 'failed' ? <FormError code={load.code} /> : null}
      {load.state === 'ready' && load.items.length === 0 ? (
        <p className="admin-screen__empty" data-testid="trash-empty">
          {t('admin.trash.empty')}
        </p>
      ) : null}
      {load.state === 'ready' && load.items.length > 0 ? (
        <table ref={table} className="admin-table" data-testid="trash-table">
          <caption className="visually-hidden">{t('admin.trash.caption', { count: load.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.trash.kind')}</th>
              <th scope="col">{t('admin.trash.label')}</th>
              <th scope="col">{t('admin.trash.deletedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.trash.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {load.items.map((item) => {
              const labelId = `trash-label-${item.id}`;
              return (
                <tr key={item.id} data-testid="trash-row" data-id={item.id} data-kind={item.kind}>
                  <td>{kindName(item.kind)}</td>
                  <td id={labelId} dir="auto" className="admin-table__label">
                    {item.label || t('admin.trash.untitled')}
                  </td>
                  <td>
                    <MomentText iso={item.deletedAt} />
                  </td>
                  <td className="admin-table__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={busyId !== null}
                      aria-busy={busyId === item.id}
                      aria-describedby={labelId}
                      onClick={() => void restore(item)}
                      data-testid="trash-restore"
                    >
                      {t('admin.trash.restore')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger button--small"
                      disabled={busyId !== null}
                      aria-describedby={labelId}
                      onClick={() => setPurging(item)}
                      data-testid="trash-purge"
                    >
                      {t('admin.trash.purge')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {load.state === 'ready' ? (
        <ShowMore shown={load.items.length} total={load.total} pageSize={PAGE} busy={loadingMore} onMore={() => void loadMore()} testId="trash-more" />
      ) : null}

      <ConfirmDialog
        open={purging !== null}
        title={t('admin.trash.confirmTitle', { label: purging?.label ?? '' })}
        confirmLabel={t('admin.trash.confirmPurge')}
        cancelLabel={t('admin.trash.cancel')}
        danger
        busy={busyId !== null}
        onConfirm={() => {
          if (purging) void purge(purging);
        }}
        onCancel={() => setPurging(null)}
        testId="purge-dialog"
      >
        <p>
          <strong>{t('admin.trash.cannotUndo')}</strong>
        </p>
        <p>{purging ? t('admin.trash.confirmBody', { kind: kindName(purging.kind) }) : null}</p>
        <p>{t('admin.trash.auditNote')}</p>
      </ConfirmDialog>
    </section>
  );
}
