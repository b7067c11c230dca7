import { Link } from 'react-router';
import type { AgencyCardSummary } from '../../api/agency-cards.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useTexts } from '../agency/use-agency-t.ts';
import { agencyCardUrl } from './agency-cards-paths.ts';
import { useAgencyCardsT } from './use-agency-cards-t.ts';

/** A holder's cards of this agency, each linking to its page, with its state in words. */
export function AgencyCardList(props: { cards: AgencyCardSummary[]; currentId?: string }) {
  const t = useAgencyCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  return (
    <ul className="card-list-plain">
      {props.cards.map((card) => (
        <li key={card.id}>
          {card.id === props.currentId ? (
            <>
              {card.cardNumber}
              {t.card.thisCard}
            </>
          ) : (
            <Link to={agencyCardUrl({ personId: card.personId, cardId: card.id })}>
              {t.card.viewCard(card.cardNumber)}
            </Link>
          )}
          <strong className="tag">{text(card.statusLabel)}</strong>
          {card.locked && <strong className="tag">{t.card.locked}</strong>}
          {card.pendingRequest && (
            <strong className="tag">{text(card.pendingRequest.label)}</strong>
          )}
          <br />
          <span className="hint">
            <span lang="zh-CN">{card.issuingRegion.name}</span> · {t.card.issuedOn}{' '}
            {formatDate(card.issuedOn, language)}
          </span>
        </li>
      ))}
    </ul>
  );
}
