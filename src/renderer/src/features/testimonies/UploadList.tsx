import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/errors';
import { formatSize } from '../../components/format-size';
import { currentLanguage } from '../../i18n';

export type UploadState = 'queued' | 'sending' | 'finishing' | 'failed' | 'cancelled';

export interface Upload {
  key: number;
  file: File;
  strip: boolean;
  sent: number;
  state: UploadState;
  error?: ErrorCode;
}

function percent(upload: Upload, language: string): string {
  const fraction = upload.file.size === 0 ? (upload.state === 'finishing' ? 1 : 0) : upload.sent / upload.file.size;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Files on their way into the vault, each with its progress bar and what can be done with it. */
export function UploadList({ uploads, onCancel, onDismiss }: { uploads: readonly Upload[]; onCancel(key: number): void; onDismiss(key: number): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (uploads.length === 0) return null;
  return (
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
                  <button type="button" className="button button--secondary button--small" onClick={() => onCancel(upload.key)} data-testid="upload-cancel">
                    {t('testimony.attachments.cancel')}
                  </button>
                ) : null}
                {upload.state === 'failed' || upload.state === 'cancelled' ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onDismiss(upload.key)}
                  >
                    {t('testimony.attachments.dismiss')}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
    </ul>
  );
}
