import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { api, toApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { copyText } from '../../components/copy-text';
import { formatSize } from '../../components/format-size';
import { currentLanguage } from '../../i18n';
import { AttachmentPreview } from './AttachmentPreview';
import { previewKind } from './attachment-read';

const SHORT_HASH = 12;

export interface AttachmentListProps {
  /** null while the list loads. */
  attachments: AttachmentInfo[] | null;
  listError: ErrorCode | null;
  onRetry(): void;
}

/**
 * A record's files with their SHA-256 for chain of custody: each can be previewed when the page
 * can show it, its hash copied, and a plain copy saved after a warning that it leaves the vault.
 */
export function AttachmentList({ attachments, listError, onRetry }: AttachmentListProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | null>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  const [saving, setSaving] = useState<AttachmentInfo | null>(null);
  const [saved, setSaved] = useState<{ id: string; state: 'busy' | 'saved' | 'cancelled' | 'failed'; error?: ErrorCode } | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

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

  return (
    <>
      {listError ? (
        <div className="alert alert--error" role="alert">
          <p>{t(`errors.${listError}`)}</p>
          <button type="button" className="link-button" onClick={onRetry}>
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
    </>
  );
}
