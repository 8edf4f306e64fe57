import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { momentParts } from '../i18n/format-dates';

/**
 * A written day cut where a line may break: each number keeps the words after it ("6 декабря",
 * "2026 г.", "2026 ж.", "6 желтоқсан"), so a narrow column wraps between them, never inside.
 */
export function breakableGroups(day: string): string[] {
  const groups: string[] = [];
  for (const word of day.split(' ')) {
    if (groups.length === 0 || /^\d/.test(word)) groups.push(word);
    else groups[groups.length - 1] += ` ${word}`;
  }
  return groups;
}

/**
 * A stored moment in a table cell. A Kazakh or Uyghur day in words is long, and a column that
 * could not break it would push the table past its frame; so the day and the time each break
 * only between their groups.
 */
export function MomentText({ iso }: { iso: string }) {
  // Subscribed, so the moment is written again when the language changes.
  useTranslation();
  const parts = momentParts(iso, currentLanguage());
  if (parts === null) return <time>{iso}</time>;
  const groups = breakableGroups(parts.day);
  return (
    <time dateTime={iso} className="moment">
      {groups.map((group, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : null}
          <span className="moment__part">{group}</span>
        </Fragment>
      ))}
      {parts.comma}
      <span className="moment__part">{parts.time}</span>
    </time>
  );
}
