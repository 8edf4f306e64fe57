import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { currentLanguage } from '../../i18n';
import { useLeaveGuard } from '../../navigation/leave-guard';
import { AttachmentList } from './AttachmentList';
import { isStrippable, safeMime, uploadFile, type UploadHandle } from './upload';
import { UploadList, type Upload } from './UploadList';
import { formatSize } from '../../components/format-size';

export interface AttachmentUploaderProps {
  /** The record the files belong to (a case, a testimony, an incident). */
  ownerId: string;
  onUploaded?(info: AttachmentInfo): void;
  /**
   * The section around the box has its own heading (the case's "Documents"): the box then adds
   * no second heading, nor a second region of the same name.
   */
  headed?: boolean;
}

/** A file main is reading from disk: its size is known once the first progress event arrives. */
interface FromDisk {
  done: number;
  total: number;
}

/**
 * Adds files to a record. The button asks main to open the system's file dialog and read the
 * chosen file itself (attachments.addFile): the page never carries its bytes. A file dropped on
 * the zone comes as a File without a path in the sandboxed page, so it still goes in 1 MiB base64
 * chunks (uploadFile). Each has a progress bar, photos optionally cleaned of location and camera data. Lists the
 * record's files with their SHA-256 for chain of custody.
 */
export function AttachmentUploader({ ownerId, onUploaded, headed = false }: AttachmentUploaderProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const stripId = useId();
  const [strip, setStrip] = useState(true);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [attachments, setAttachments] = useState<AttachmentInfo[] | null>(null);
  const [listError, setListError] = useState<ErrorCode | null>(null);
  const [dragging, setDragging] = useState(false);
  const [fromDisk, setFromDisk] = useState<FromDisk | null>(null);
  const [diskResult, setDiskResult] = useState<{ state: 'cancelled' } | { state: 'failed'; error: ErrorCode } | null>(null);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const nextKey = useRef(1);
  const handles = useRef(new Map<number, UploadHandle>());
  const running = useRef(false);
  const queue = useRef<Upload[]>([]);
  const live = useRef(true);

  const refresh = useCallback(async () => {
    try {
      const list = await api.call('attachments.list', { ownerId });
      if (!live.current) return;
      setAttachments(list);
      setListError(null);
    } catch (error) {
      if (live.current) setListError(toApiError(error).code);
    }
  }, [ownerId]);

  useEffect(() => {
    live.current = true;
    void refresh();
    const open = handles.current;
    return () => {
      live.current = false;
      // Leaving the screen (after the guard allowed it) or a lock: nothing half-sent stays open.
      for (const handle of open.values()) handle.cancel();
      queue.current = [];
    };
  }, [refresh]);

  const patch = useCallback((key: number, change: Partial<Upload>) => {
    if (!live.current) return;
    setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));
  }, []);

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let next = queue.current.shift(); next !== undefined && live.current; next = queue.current.shift()) {
        const { key, file } = next;
        patch(key, { state: 'sending' });
        const handle = uploadFile({
          ownerId,
          file,
          stripMetadata: next.strip,
          onProgress: (sent) => patch(key, { sent }),
          onFinishing: () => patch(key, { state: 'finishing' }),
        });
        handles.current.set(key, handle);
        try {
          const info = await handle.done;
          if (info === null) {
            patch(key, { state: 'cancelled' });
          } else {
            if (live.current) setUploads((list) => list.filter((upload) => upload.key !== key));
            onUploaded?.(info);
            await refresh();
          }
        } catch (error) {
          patch(key, { state: 'failed', error: toApiError(error).code });
        } finally {
          handles.current.delete(key);
        }
      }
    } finally {
      running.current = false;
    }
  }, [ownerId, onUploaded, patch, refresh]);

  const add = useCallback(
    (files: FileList | null) => {
      if (!files || files.length === 0) return;
      const added = Array.from(files, (file) => ({
        key: nextKey.current++,
        file,
        strip: strip && isStrippable(safeMime(file.type)),
        sent: 0,
        state: 'queued' as const,
      }));
      queue.current.push(...added);
      setUploads((list) => [...list, ...added]);
      void pump();
    },
    [strip, pump],
  );

  // One at a time, so every attachments.addFile progress event belongs to this one call.
  async function addFromDisk(): Promise<void> {
    if (fromDisk !== null) return;
    setDiskResult(null);
    setFromDisk({ done: 0, total: 0 });
    const stop = api.onEvent((event) => {
      if (event.type === 'progress' && event.method === 'attachments.addFile' && live.current) setFromDisk({ done: event.done, total: event.total });
    });
    try {
      const result = await api.call('attachments.addFile', { ownerId, stripMetadata: strip });
      if (!result.added) {
        if (live.current) setDiskResult({ state: 'cancelled' });
        return;
      }
      const { added: _added, ...info } = result;
      onUploaded?.(info);
      await refresh();
    } catch (error) {
      if (live.current) setDiskResult({ state: 'failed', error: toApiError(error).code });
    } finally {
      stop();
      if (live.current) setFromDisk(null);
    }
  }

  function cancel(key: number): void {
    const handle = handles.current.get(key);
    if (handle) {
      handle.cancel();
      return;
    }
    queue.current = queue.current.filter((upload) => upload.key !== key);
    patch(key, { state: 'cancelled' });
  }

  const busy = uploads.some((upload) => upload.state === 'queued' || upload.state === 'sending' || upload.state === 'finishing');
  const busyRef = useRef(busy);
  busyRef.current = busy;

  // A file still on its way is not abandoned without asking.
  const guard = useCallback((proceed: () => void) => {
    if (!busyRef.current) return true;
    setLeaving(() => proceed);
    return false;
  }, []);
  useLeaveGuard(guard);

  function onDrag(event: DragEvent<HTMLDivElement>, over: boolean): void {
    if (!Array.from(event.dataTransfer.types).includes('Files')) return;
    event.preventDefault();
    event.stopPropagation();
    if (over) event.dataTransfer.dropEffect = 'copy';
    setDragging(over);
  }

  return (
    <section className="attachments" aria-labelledby={headed ? undefined : headingId} data-testid="attachment-uploader">
      {headed ? null : (
        <h3 id={headingId} className="attachments__title">
          {t('testimony.attachments.title')}
        </h3>
      )}
      <div
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        data-testid="attachment-drop-zone"
        onDragEnter={(event) => onDrag(event, true)}
        onDragOver={(event) => onDrag(event, true)}
        onDragLeave={(event) => onDrag(event, false)}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setDragging(false);
          add(event.dataTransfer.files);
        }}
      >
        <p className="drop-zone__text">{t('testimony.attachments.dropHere')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void addFromDisk()}
          disabled={fromDisk !== null}
          data-testid="attachment-choose"
        >
          {t('testimony.attachments.choose')}
        </button>
      </div>
      {fromDisk !== null ? (
        <div className="upload upload--sending" role="status" data-testid="attachment-disk-progress">
          <div className="upload__bar">
            <progress
              max={Math.max(fromDisk.total, 1)}
              value={fromDisk.total === 0 ? 0 : fromDisk.done}
              aria-label={t('testimony.attachments.addingChosen')}
              data-testid="attachment-disk-bar"
            />
            <span className="upload__percent">
              {fromDisk.total === 0 ? '' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fromDisk.done / fromDisk.total)}
            </span>
          </div>
          <p className="upload__state">
            {t('testimony.attachments.addingChosen')}
            {fromDisk.total === 0 ? '' : ` ${formatSize(fromDisk.total, language)}`}
          </p>
        </div>
      ) : diskResult !== null ? (
        <p className={diskResult.state === 'failed' ? 'alert alert--error' : 'upload__state'} role="status" data-testid="attachment-disk-status" data-state={diskResult.state}>
          {diskResult.state === 'failed'
            ? t('testimony.attachments.failed', { reason: t(`errors.${diskResult.error}`) })
            : t('testimony.attachments.noneChosen')}
        </p>
      ) : null}
      <label className="checkbox attachments__strip" htmlFor={stripId}>
        <input id={stripId} type="checkbox" checked={strip} onChange={(event) => setStrip(event.target.checked)} data-testid="attachment-strip" />
        <span>
          {t('testimony.attachments.strip')}
          <span className="field__hint attachments__strip-hint">{t('testimony.attachments.stripHint')}</span>
        </span>
      </label>

      <UploadList uploads={uploads} onCancel={cancel} onDismiss={(key) => setUploads((list) => list.filter((item) => item.key !== key))} />

      <AttachmentList attachments={attachments} listError={listError} onRetry={() => void refresh()} />

      <ConfirmDialog
        open={leaving !== null}
        title={t('testimony.attachments.leaveTitle')}
        confirmLabel={t('testimony.attachments.leaveConfirm')}
        cancelLabel={t('testimony.attachments.leaveStay')}
        danger
        testId="upload-leave-dialog"
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          const proceed = leaving;
          setLeaving(null);
          for (const handle of handles.current.values()) handle.cancel();
          queue.current = [];
          busyRef.current = false;
          proceed?.();
        }}
      >
        <p>{t('testimony.attachments.leaveBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
