import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { currentLanguage } from '../../i18n';
import { useLeaveGuard } from '../../navigation/leave-guard';
import { AttachmentPreview } from './AttachmentPreview';
import { previewKind } from './attachment-read';
import { isStrippable, safeMime, uploadFile, type UploadHandle } from './upload';

export interface AttachmentUploaderProps {
  /** The record the files belong to (a case, a testimony, an incident). */
  ownerId: string;
  onUploaded?(info: AttachmentInfo): void;
}

type UploadState = 'queued' | 'sending' | 'finishing' | 'failed' | 'cancelled';

interface Upload {
  key: number;
  file: File;
  strip: boolean;
  sent: number;
  state: UploadState;
  error?: ErrorCode;
}

const SHORT_HASH = 12;

/** Bytes in the interface language's own units (КБ, МБ…). */
export function formatSize(bytes: number, language: string): string {
  const units = [
    ['gigabyte', 1024 ** 3],
    ['megabyte', 1024 ** 2],
    ['kilobyte', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) {
      return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
    }
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
}

function percent(upload: Upload, language: string): string {
  const fraction = upload.file.size === 0 ? (upload.state === 'finishing' ? 1 : 0) : upload.sent / upload.file.size;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard permission refused: fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
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
export function AttachmentUploader({ ownerId, onUploaded }: AttachmentUploaderProps) {
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
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | null>(null);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  const [saving, setSaving] = useState<AttachmentInfo | null>(null);
  const [saved, setSaved] = useState<{ id: string; state: 'busy' | 'saved' | 'cancelled' | 'failed'; error?: ErrorCode } | null>(null);
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

  // The page never names a path: main asks the user through the system's save dialog.
  async function saveCopy(info: AttachmentInfo): Promise<void> {
    setSaved({ id: info.id, state: 'busy' });
    try {
      const result = await api.call('attachments.saveCopy', { id: info.id, copy: 'working' });
      if (live.current) setSaved({ id: info.id, state: result.saved ? 'saved' : 'cancelled' });
    } catch (error) {
      if (live.current) setSaved({ id: info.id, state: 'failed', error: toApiError(error).code });
    }
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
    <section className="attachments" aria-labelledby={headingId} data-testid="attachment-uploader">
      <h3 id={headingId} className="attachments__title">
        {t('testimony.attachments.title')}
      </h3>
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

      {uploads.length > 0 ? (
        <ul className="uploads" aria-label={t('testimony.attachments.inProgress')}>
          {uploads.map((upload) => {
            const progressId = `upload-${upload.key}`;
            const active = upload.state === 'queued' || upload.state === 'sending';
            return (
              <li key={upload.key} className={`upload upload--${upload.state}`} data-testid="upload-row" data-state={upload.state}>
                <div className="upload__head">
                  <span className="upload__name" dir="auto">
                    {upload.file.name}
                  </span>
                  <span className="upload__size">{formatSize(upload.file.size, language)}</span>
                </div>
                <div className="upload__bar">
                  <progress
                    id={progressId}
                    max={Math.max(upload.file.size, 1)}
                    value={upload.file.size === 0 ? 0 : upload.sent}
                    aria-label={t('testimony.attachments.progressOf', { name: upload.file.name })}
                    data-testid="upload-progress"
                  />
                  <span className="upload__percent" data-testid="upload-percent">
                    {percent(upload, language)}
                  </span>
                </div>
                <p className="upload__state" aria-live="polite">
                  {upload.state === 'failed'
                    ? t('testimony.attachments.failed', { reason: t(`errors.${upload.error ?? 'INTERNAL'}`) })
                    : t(`testimony.attachments.state.${upload.state}`)}
                  {upload.strip && upload.state !== 'failed' ? ` ${t('testimony.attachments.willStrip')}` : ''}
                </p>
                <div className="actions">
                  {active ? (
                    <button type="button" className="button button--secondary button--small" onClick={() => cancel(upload.key)} data-testid="upload-cancel">
                      {t('testimony.attachments.cancel')}
                    </button>
                  ) : null}
                  {upload.state === 'failed' || upload.state === 'cancelled' ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setUploads((list) => list.filter((item) => item.key !== upload.key))}
                    >
                      {t('testimony.attachments.dismiss')}
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}

      {listError ? (
        <div className="alert alert--error" role="alert">
          <p>{t(`errors.${listError}`)}</p>
          <button type="button" className="link-button" onClick={() => void refresh()}>
            {t('testimony.attachments.retry')}
          </button>
        </div>
      ) : null}
      {attachments === null ? null : attachments.length === 0 ? (
        <p className="attachments__empty">{t('testimony.attachments.none')}</p>
      ) : (
        <ul className="attachment-list" aria-label={t('testimony.attachments.listLabel')} data-testid="attachment-list">
          {attachments.map((info) => (
            <li key={info.id} className="attachment" data-testid="attachment-row" data-sha256={info.sha256}>
              <span className="attachment__name" dir="auto" data-testid="attachment-name">
                {info.name}
              </span>
              <span className="attachment__size">{formatSize(info.size, language)}</span>
              <span className="attachment__hash">
                <span className="visually-hidden">{t('testimony.attachments.sha256')} </span>
                <code title={info.sha256} data-testid="attachment-sha256">
                  {info.sha256.slice(0, SHORT_HASH)}…
                </code>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void copyText(info.sha256).then((ok) => setCopied({ id: info.id, ok }))}
                  aria-label={t('testimony.attachments.copyHashOf', { name: info.name })}
                  data-testid="attachment-copy-hash"
                >
                  {t('testimony.attachments.copyHash')}
                </button>
                <span className="attachment__copied" aria-live="polite">
                  {copied?.id === info.id ? t(copied.ok ? 'testimony.attachments.copied' : 'testimony.attachments.copyFailed') : ''}
                </span>
              </span>
              {info.metadataRemoved.length > 0 ? (
                <span className="badge badge--ok" title={info.metadataRemoved.join(', ')} data-testid="attachment-metadata-removed">
                  {t('testimony.attachments.metadataRemoved')}
                </span>
              ) : null}
              <span className="attachment__actions">
                {previewKind(info.mime, info.size) !== null ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-expanded={previewing === info.id}
                    aria-label={t('testimony.attachments.openOf', { name: info.name })}
                    onClick={() => setPreviewing(previewing === info.id ? null : info.id)}
                    ref={(button) => {
                      if (button) openButtons.current.set(info.id, button);
                      else openButtons.current.delete(info.id);
                    }}
                    data-testid="attachment-open"
                  >
                    {previewing === info.id ? t('testimony.attachments.close') : t('testimony.attachments.open')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('testimony.attachments.saveCopyOf', { name: info.name })}
                  disabled={saved?.id === info.id && saved.state === 'busy'}
                  onClick={() => setSaving(info)}
                  data-testid="attachment-save-copy"
                >
                  {t('testimony.attachments.saveCopy')}
                </button>
                <span className="attachment__saved" aria-live="polite" data-testid="attachment-save-status" data-state={saved?.id === info.id ? saved.state : ''}>
                  {saved?.id !== info.id || saved.state === 'busy'
                    ? ''
                    : saved.state === 'failed'
                      ? t('testimony.attachments.saveFailed', { reason: t(`errors.${saved.error ?? 'INTERNAL'}`) })
                      : t(saved.state === 'saved' ? 'testimony.attachments.saved' : 'testimony.attachments.saveCancelled')}
                </span>
              </span>
              {previewing === info.id ? (
                <AttachmentPreview
                  info={info}
                  kind={previewKind(info.mime, info.size) ?? 'image'}
                  onClose={() => {
                    setPreviewing(null);
                    // The close button goes away with the preview; focus returns to what opened it.
                    openButtons.current.get(info.id)?.focus();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={saving !== null}
        title={t('testimony.attachments.saveTitle')}
        confirmLabel={t('testimony.attachments.saveConfirm')}
        cancelLabel={t('testimony.attachments.saveCancel')}
        danger
        testId="attachment-save-dialog"
        onCancel={() => setSaving(null)}
        onConfirm={() => {
          const info = saving;
          setSaving(null);
          if (info) void saveCopy(info);
        }}
      >
        <p>{t('testimony.attachments.saveBody')}</p>
        {saving ? (
          <p dir="auto">
            <strong>{saving.name}</strong>
          </p>
        ) : null}
      </ConfirmDialog>

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
