import { Link } from 'react-router';
import type { CardSummary } from '../../api/cards.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { offeredActions } from './card-offers.ts';
import { actionUrl, ecardUrl } from './card-paths.ts';
import { useCardsT } from './use-cards-t.ts';

/** 您可以办理: a link to each action the card's state allows, with a line on when to use it. */
export function CardActionList({ card }: { card: CardSummary }) {
  const t = useCardsT();
  const { language } = useLanguage();
  const actions = offeredActions(card);
  const expires = formatDate(card.expiresOn, language);
  return (
    <section aria-labelledby="card-actions-title">
      <h2 id="card-actions-title">{t.card.actionsHeading}</h2>
      {actions.length === 0 && card.status === 'cancelled' ? (
        <p>{t.card.noActions}</p>
      ) : (
        <ul className="card-actions">
          {actions.map((action) => (
            <li key={action} className="card-actions__item">
              <Link className="card-actions__link" to={actionUrl(card.id, action)}>
                {t.actions[action].link}
              </Link>
              <p className="hint">
                {action !== 'request-renewal'
                  ? t.actions[action].hint
                  : card.renewal.openNow
                    ? t.renewalOpen(expires)
                    : t.renewalLater(expires, formatDate(card.renewal.allowedFrom, language))}
              </p>
            </li>
          ))}
          {card.status !== 'cancelled' && (
            <li className="card-actions__item">
              <Link className="card-actions__link" to={ecardUrl(card.id)}>
                {t.ecard.link}
              </Link>
              <p className="hint">{t.ecard.linkHint}</p>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
