import type { Card } from '../../api/cards.ts';
import { chinaDate, chinaTime } from '../../i18n/china-moment.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useCardsT, useTexts } from './use-cards-t.ts';

/** What the card's state means for its holder, and what they can do about it, in plain words. */
export function CardNotices({ card }: { card: Card }) {
  const t = useCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  const lines: string[] = [];
  switch (card.status) {
    case 'sealed':
      lines.push(t.card.sealed);
      break;
    case 'temporary-loss':
      lines.push(t.card.temporaryLoss);
      if (card.temporaryLossEndsAt)
        lines.push(
          t.card.temporaryLossEnds(
            chinaDate(card.temporaryLossEndsAt, language),
            chinaTime(card.temporaryLossEndsAt),
          ),
        );
      lines.push(t.card.temporaryLossNext);
      break;
    case 'formal-loss':
      lines.push(t.card.formalLoss);
      break;
    case 'cancelled':
      lines.push(t.card.cancelled);
      if (card.cancellation) lines.push(t.card.cancelledBecause(text(card.cancellation)));
      break;
    case 'normal':
      if (card.expired) lines.push(t.card.expired);
      break;
  }
  const pending = card.pendingRequest;
  return (
    <>
      {lines.length > 0 && (
        <div className="card-notice">
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {pending && (
        <div className="card-notice">
          <p>{t.card.pending(text(pending.label))}</p>
          {pending.reason && <p>{t.card.pendingReason(text(pending.reason))}</p>}
          {pending.requestedAt && (
            <p>{t.card.pendingSince(chinaDate(pending.requestedAt, language))}</p>
          )}
        </div>
      )}
      {card.locked && (
        <div className="card-notice">
          <p>{t.card.locked}</p>
        </div>
      )}
    </>
  );
}
