import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';

/** A refused call, in the user's language: the code picks the sentence, never main's English. */
export function FormError({ code }: { code: ErrorCode | null }) {
  const { t } = useTranslation();
  if (code === null) return null;
  return (
    <div className="alert alert--error" role="alert" data-testid="form-error" data-code={code}>
      <p className="alert__title">{t('common.errorTitle')}</p>
      <p>{t(`errors.${code}`)}</p>
    </div>
  );
}
