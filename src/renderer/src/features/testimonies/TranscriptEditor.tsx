import { memo, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../components/forms/Fields';
import { countWords, LIMITS } from './testimony-form';

interface TranscriptEditorProps {
  value: string;
  language: string;
  onChange(value: string): void;
  error?: ReactNode;
}

/**
 * The transcript: a tall editor for hours of speech, with a word count that trails the typing
 * (deferred) so a long text never slows the keyboard.
 */
export const TranscriptEditor = memo(function TranscriptEditor({ value, language, onChange, error }: TranscriptEditorProps) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(value);
  const words = useMemo(() => countWords(deferred), [deferred]);
  return (
    <TextArea
      id="testimony-transcript"
      label={t('testimony.transcript.label')}
      hint={t('testimony.transcript.hint')}
      value={value}
      onChange={onChange}
      maxLength={LIMITS.longText}
      rows={18}
      className="textarea--transcript"
      lang={language || undefined}
      error={error}
      testId="testimony-transcript"
      describedBy="testimony-transcript-count"
      footer={
        <p id="testimony-transcript-count" className="word-count" data-testid="testimony-word-count">
          {t('testimony.transcript.words', { count: words })}
        </p>
      }
    />
  );
});
