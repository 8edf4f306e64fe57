import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH } from '../passphrase/validate';
import { scorePassphrase } from '../passphrase/strength';

/** The strength bar and its advice; the bar is decoration, the sentence carries the meaning. */
export function StrengthMeter({ id, passphrase }: { id: string; passphrase: string }) {
  const { t } = useTranslation();
  const strength = useMemo(() => scorePassphrase(passphrase, PASSPHRASE_MIN_LENGTH), [passphrase]);
  return (
    <div className={`strength strength--${strength.score}`} data-testid="strength-meter" data-level={strength.level}>
      <div className="strength__bar" aria-hidden="true">
        <span className="strength__segment" />
        <span className="strength__segment" />
        <span className="strength__segment" />
        <span className="strength__segment" />
      </div>
      <p id={id} className="strength__text" aria-live="polite">
        {passphrase === '' ? null : (
          <>
            <span className="strength__level">{t('strength.label', { level: t(`strength.level.${strength.level}`) })}</span>{' '}
            {t(`strength.advice.${strength.advice}`)}
          </>
        )}
      </p>
    </div>
  );
}
