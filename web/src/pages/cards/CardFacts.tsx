import type { CardSummary } from '../../api/cards.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { CardStatusTag } from './CardStatusTag.tsx';
import { useCardsT } from './use-cards-t.ts';

/** The facts of a card, numbers masked by the server: state, issuing region, number, dates. */
export function CardFacts({ card, full = false }: { card: CardSummary; full?: boolean }) {
  const t = useCardsT();
  const { language } = useLanguage();
  return (
    <dl className="summary-list card-facts">
      <dt>{t.fields.status}</dt>
      <dd>
        <CardStatusTag card={card} />
      </dd>
      <dt>{t.fields.region}</dt>
      <dd>
        {/* Place names are Chinese on every page: screen readers should read them so. */}
        <span lang="zh-CN">{card.issuingRegion.name}</span>
      </dd>
      <dt>{t.fields.number}</dt>
      <dd className="card-facts__number">{card.cardNumber}</dd>
      {full && (
        <>
          <dt>{t.fields.identificationCode}</dt>
          <dd className="card-facts__number">{card.identificationCode}</dd>
          <dt>{t.fields.holder}</dt>
          <dd lang="zh-CN">{card.holderName}</dd>
          <dt>{t.fields.issuedOn}</dt>
          <dd>{formatDate(card.issuedOn, language)}</dd>
        </>
      )}
      <dt>{t.fields.expiresOn}</dt>
      <dd>{formatDate(card.expiresOn, language)}</dd>
    </dl>
  );
}
