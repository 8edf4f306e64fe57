import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../components/Screen';

interface RecoveryKeyScreenProps {
  recoveryKey: string;
  onContinue(): void;
}

/**
 * The one time the recovery key is shown. There is deliberately no copy button: a clipboard is
 * read by other programs and kept by clipboard managers, and the key belongs on paper.
 */
export function RecoveryKeyScreen({ recoveryKey, onContinue }: RecoveryKeyScreenProps) {
  const { t } = useTranslation();
  const [writtenDown, setWrittenDown] = useState(false);
  return (
    <Screen title={t('recoveryKey.title')} testId="screen-recovery-key" focusTitle>
      <p className="panel__intro">{t('recoveryKey.intro')}</p>
      <div className="field">
        <span className="field__label">{t('recoveryKey.keyLabel')}</span>
        <p className="recovery-key" dir="ltr" translate="no" data-testid="recovery-key">
          {recoveryKey.split('-').map((group, index) => (
            // The space keeps the groups apart in the text that is read aloud or selected.
            <Fragment key={index}>
              {index > 0 ? ' ' : null}
              <span>{group}</span>
            </Fragment>
          ))}
        </p>
      </div>
      <div className="alert alert--notice">
        <p>{t('recoveryKey.advice')}</p>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={writtenDown}
          onChange={(event) => setWrittenDown(event.target.checked)}
          data-testid="recovery-key-written"
        />
        {t('recoveryKey.acknowledge')}
      </label>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!writtenDown}
          onClick={onContinue}
          data-testid="recovery-key-continue"
        >
          {t('recoveryKey.continue')}
        </button>
      </div>
    </Screen>
  );
}
