import type { ApiFailure } from '../../api/api-failure.ts';
import type { CardSummary } from '../../api/cards.ts';
import { formatDate } from '../../i18n/format-date.ts';
import type { Language } from '../../i18n/language.ts';
import type { CardsMessages } from './cards-messages.zh-CN.ts';

/** Where a refused change sends the person next, besides trying again. */
export type CardProblemNext = 'verify' | 'bind' | 'replacement' | 'list' | null;

/** A refused change in plain words, and what the page should do about it. */
export interface CardProblem {
  message: string;
  next: CardProblemNext;
  /** The card changed on the server: load it again and show it as it is now. */
  reload: boolean;
}

const dateOf = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/**
 * Why a change to a card did not happen, worded for its holder. `card` is the card as the page
 * shows it (after a reload, as it is now). Whatever the person chose or typed stays on the page.
 */
export function describeCardProblem(
  failure: ApiFailure,
  card: CardSummary,
  t: CardsMessages,
  language: Language,
): CardProblem {
  const p = t.problem;
  const problem = (message: string, next: CardProblemNext = null, reload = false) => ({
    message,
    next,
    reload,
  });
  if (failure.kind === 'network') return problem(p.network);
  switch (failure.code) {
    case 'REAL_PERSON_AUTHENTICATION_REQUIRED':
      return problem(p.lapsed, 'verify');
    case 'CONFLICT':
      return problem(p.changed, null, true);
    case 'CARD_ACTION_NOT_ALLOWED':
      return problem(
        p.notAllowed(language === 'zh-CN' ? card.statusLabel.zh : card.statusLabel.en),
        null,
        true,
      );
    case 'RENEWAL_TOO_EARLY': {
      const from = dateOf(failure.details.allowedFrom) ?? card.renewal.allowedFrom;
      const expires = dateOf(failure.details.expiresOn) ?? card.expiresOn;
      return problem(
        p.tooEarly(formatDate(from, language), formatDate(expires, language)),
        'replacement',
      );
    }
    case 'CANCELLATION_REFUSED': {
      const refusal = failure.details.refusal;
      const text = typeof refusal === 'string' ? t.cancel.refusals[refusal] : undefined;
      return problem(text ?? t.cancel.refusedOther, null, true);
    }
    case 'CARD_NOT_FOUND':
      return problem(p.notFound, 'list');
    case 'PERSON_NOT_BOUND':
      return problem(p.notBound, 'bind');
    default:
      // The server's own words are written for the citizen (error-codes.ts); anything else is ours.
      return problem(
        failure.messages && failure.status < 500
          ? language === 'zh-CN'
            ? failure.messages.zh
            : failure.messages.en
          : p.other,
      );
  }
}
