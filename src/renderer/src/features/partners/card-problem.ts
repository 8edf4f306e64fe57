import type { TFunction } from 'i18next';
import { toApiError } from '../../api/client';

const CARD_PROBLEMS = ['too-large', 'not-a-card', 'too-new', 'truncated', 'format', 'name', 'recipient', 'signing-key', 'fingerprint', 'signature'] as const;
type CardProblem = (typeof CARD_PROBLEMS)[number];

function isCardProblem(value: unknown): value is CardProblem {
  return typeof value === 'string' && (CARD_PROBLEMS as readonly string[]).includes(value);
}

/**
 * A refused card in the user's language, by the reason main gave (`details.reason`); null when
 * the refusal was not about the card, for the generic error text to show instead.
 */
export function cardProblemText(t: TFunction, error: unknown): string | null {
  const refused = toApiError(error);
  const reason = refused.details?.reason;
  if (isCardProblem(reason)) return t(`partners.cardErrors.${reason}`);
  if (refused.code === 'VALIDATION_FAILED' && refused.fieldIssue('card')) return t('partners.cardErrors.too-large');
  return null;
}
