import type { AgencyCard } from '../../api/agency-cards.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { chinaDateTime } from '../../i18n/china-moment.ts';
import { useTexts } from '../agency/use-agency-t.ts';
import { useAgencyCardsT } from './use-agency-cards-t.ts';

/** 卡片信息: the holder (masked), the card's state in words, and its dates. */
export function AgencyCardFacts({ card }: { card: AgencyCard }) {
  const t = useAgencyCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  const c = t.card;
  return (
    <section aria-labelledby="card-facts">
      <h2 id="card-facts">{c.facts}</h2>
      <dl className="summary-list case-list">
        <dt>{c.status}</dt>
        <dd>
          <strong className="tag card-status">{text(card.statusLabel)}</strong>
          {card.locked && <strong className="tag">{c.locked}</strong>}
        </dd>
        {card.pendingRequest && (
          <>
            <dt>{c.pending}</dt>
            <dd>
              {text(card.pendingRequest.label)}
              {card.pendingRequest.reason &&
                `${language === 'zh-CN' ? '：' : ': '}${text(card.pendingRequest.reason)}`}
            </dd>
          </>
        )}
        {card.cancellation && (
          <>
            <dt>{c.cancellation}</dt>
            <dd>{text(card.cancellation)}</dd>
          </>
        )}
        {card.temporaryLossEndsAt && (
          <>
            <dt>{c.temporaryLossEndsAt}</dt>
            <dd>{chinaDateTime(card.temporaryLossEndsAt, language)}</dd>
          </>
        )}
        <dt>{c.holder}</dt>
        <dd>{card.holder.name}</dd>
        <dt>{c.citizenId}</dt>
        <dd className="nowrap">{card.holder.citizenId}</dd>
        <dt>{c.issuingRegion}</dt>
        <dd lang="zh-CN">{card.issuingRegion.name}</dd>
        <dt>{c.issuedOn}</dt>
        <dd>{formatDate(card.issuedOn, language)}</dd>
        <dt>{c.expiresOn}</dt>
        <dd>{formatDate(card.expiresOn, language)}</dd>
        <dt>{c.identificationCode}</dt>
        <dd className="card-code">{card.identificationCode}</dd>
      </dl>
    </section>
  );
}
