import type { CardSummary } from '../../api/cards.ts';
import { useCardsT, useTexts } from './use-cards-t.ts';

/**
 * The card's status as a tag, in words (never by colour alone), followed by what sits beside it:
 * a locked password, a request waiting for the agency, a lapsed validity, an offered cancellation.
 */
export function CardStatusTag({ card }: { card: CardSummary }) {
  const t = useCardsT();
  const text = useTexts();
  const flags = [
    card.locked && t.flags.locked,
    card.pendingRequest && text(card.pendingRequest.label),
    card.expired && card.status !== 'cancelled' && t.flags.expired,
    card.offeredCancellation && t.flags.offered,
  ].filter((flag): flag is string => typeof flag === 'string');
  return (
    <span className="card-state">
      <strong className={`tag card-tag card-tag--${card.status}`}>{text(card.statusLabel)}</strong>
      {flags.map((flag) => (
        <strong key={flag} className="tag card-tag card-tag--flag">
          {flag}
        </strong>
      ))}
    </span>
  );
}
