import type { FamilyMembership } from '../../../api/cards.ts';
import type { CitizenAccount } from '../../../api/client.ts';
import { chinaDate } from '../../../i18n/china-moment.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import { familyPaths } from '../card-paths.ts';
import { RealPersonGate } from '../RealPersonGate.tsx';
import { useCardsT } from '../use-cards-t.ts';

/** Someone's invitation to be one of their family members: accept or decline; or leave later. */
export function MembershipItem(props: {
  membership: FamilyMembership;
  account: CitizenAccount;
  busy: boolean;
  onAnswer: (answer: 'accept' | 'decline' | 'leave') => void;
}) {
  const t = useCardsT();
  const { language } = useLanguage();
  const { membership } = props;
  const button = (answer: 'accept' | 'decline' | 'leave', secondary = false) => (
    <button
      type="button"
      className={secondary ? 'button button--secondary' : 'button'}
      aria-disabled={props.busy || undefined}
      onClick={() => props.onAnswer(answer)}
    >
      {t.family[answer]}
    </button>
  );
  return (
    <li className="card-list__item">
      <p>
        {t.family.membershipOf(
          membership.holderName,
          t.family.relations[membership.relation] ?? membership.relation,
        )}
      </p>
      <p>
        <strong className="tag">
          {membership.status === 'active' ? t.family.active : t.family.invited}
        </strong>
      </p>
      {membership.status === 'invited' && membership.invitationExpiresAt && (
        <p>{t.family.invitationUntil(chinaDate(membership.invitationExpiresAt, language))}</p>
      )}
      {membership.status === 'invited' ? (
        <ul className="actions">
          <li>
            <RealPersonGate account={props.account} here={familyPaths.members}>
              {button('accept')}
            </RealPersonGate>
          </li>
          <li>{button('decline', true)}</li>
        </ul>
      ) : (
        button('leave', true)
      )}
    </li>
  );
}
