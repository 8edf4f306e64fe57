import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/domain/views';
import type { ErrorCode } from '../../../../shared/errors';
import { toApiError } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { readAttachment, type PreviewKind } from './attachment-read';

export interface AttachmentPreviewProps {
  info: AttachmentInfo;
  kind: PreviewKind;
  onClose(): void;
}

/**
 * Shows a photo or plays a recording inside the app: the file is decrypted in main, read into a
 * Blob here and shown from a blob: URL, which is revoked when the preview closes. Nothing
 * decrypted is written anywhere.
 */
export function AttachmentPreview({ info, kind, onClose }: AttachmentPreviewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [url, setUrl] = useState<string | null>(null);
  const [received, setReceived] = useState(0);
  const [error, setError] = useState<ErrorCode | null>(null);

  useEffect(() => {
    let stopped = false;
    let made: string | null = null;
    readAttachment({ id: info.id, mime: info.mime, onProgress: (n) => !stopped && setReceived(n), cancelled: () => stopped }).then(
      (blob) => {
        if (stopped || blob === null) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      },
      (failure: unknown) => {
        if (!stopped) setError(toApiError(failure).code);
      },
    );
    return () => {
      stopped = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [info.id, info.mime]);

  const fraction = info.size === 0 ? 1 : Math.min(1, received / info.size);
  const label = t('testimony.attachments.previewLabel', { name: info.name });
  return (
    <div className="attachment-preview" role="region" aria-label={label} data-testid="attachment-preview" data-kind={kind}>
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="attachment-preview-error">
          {t('testimony.attachments.openFailed', { reason: t(`errors.${error}`) })}
        </p>
      ) : url === null ? (
        <p className="attachment-preview__loading" aria-live="polite">
          {t('testimony.attachments.loading', { percent: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction) })}
        </p>
      ) : kind === 'image' ? (
        <img className="attachment-preview__image" src={url} alt={info.name} data-testid="attachment-image" />
      ) : kind === 'audio' ? (
        <audio className="attachment-preview__media" src={url} controls aria-label={label} data-testid="attachment-audio" />
      ) : (
        <video className="attachment-preview__media" src={url} controls aria-label={label} data-testid="attachment-video" />
      )}
      <div className="actions">
        <button type="button" className="button button--secondary button--small" onClick={onClose} data-testid="attachment-preview-close">
          {t('testimony.attachments.close')}
        </button>
      </div>
    </div>
  );
}
