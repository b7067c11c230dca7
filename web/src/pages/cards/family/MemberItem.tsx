import { useState } from 'react';
import { Link } from 'react-router';
import type { FamilyMember } from '../../../api/cards.ts';
import type { CitizenAccount } from '../../../api/client.ts';
import { chinaDate } from '../../../i18n/china-moment.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import { ecardByIdUrl, familyPaths } from '../card-paths.ts';
import { RealPersonGate } from '../RealPersonGate.tsx';
import { useCardsT } from '../use-cards-t.ts';

/** One family member: who, joined or invited, the e-cards to show, and removal after a confirmation. */
export function MemberItem(props: {
  member: FamilyMember;
  account: CitizenAccount;
  busy: boolean;
  onRemove: () => void;
  onApply: (cardId: string) => void;
}) {
  const t = useCardsT();
  const { language } = useLanguage();
  const { member } = props;
  const [confirming, setConfirming] = useState(false);
  const titleId = `member-${member.id}`;
  return (
    <li className="card-list__item">
      <h3 className="card-list__title" id={titleId}>
        <span lang="zh-CN">{member.name}</span>（{t.family.relations[member.relation]}）
      </h3>
      <p>
        <strong className="tag">
          {member.status === 'active' ? t.family.active : t.family.invited}
        </strong>{' '}
        {t.family.kinds[member.kind]}
      </p>
      {member.status === 'invited' && member.invitationExpiresAt && (
        <p>{t.family.invitationUntil(chinaDate(member.invitationExpiresAt, language))}</p>
      )}
      {member.ecards.length > 0 && (
        <ul className="card-actions">
          {member.ecards.map((ecard) => (
            <li key={ecard.id} className="card-actions__item">
              <Link className="card-actions__link" to={ecardByIdUrl(ecard.id)}>
                {t.family.showQr(member.name)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {member.status === 'active' &&
        member.ecards.length === 0 &&
        member.cardsWithoutEcard.length === 0 && <p>{t.family.noEcard}</p>}
      {member.cardsWithoutEcard.length > 0 && (
        <RealPersonGate account={props.account} here={familyPaths.members}>
          <ul className="actions">
            {member.cardsWithoutEcard.map((card) => (
              <li key={card.cardId}>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={props.busy || undefined}
                  onClick={() => props.onApply(card.cardId)}
                >
                  {t.family.applyFor(card.cardNumber)}
                </button>
              </li>
            ))}
          </ul>
        </RealPersonGate>
      )}
      {confirming ? (
        <div className="confirm-panel" role="group" aria-labelledby={`${titleId}-remove`}>
          <p id={`${titleId}-remove`}>{t.family.removeConfirm(member.name)}</p>
          <ul className="actions">
            <li>
              <button
                type="button"
                className="button button--warning"
                aria-disabled={props.busy || undefined}
                onClick={props.onRemove}
              >
                {t.family.removeYes}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming(false)}
              >
                {t.family.keep}
              </button>
            </li>
          </ul>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setConfirming(true)}
        >
          {t.family.remove(member.name)}
        </button>
      )}
    </li>
  );
}
