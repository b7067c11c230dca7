import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { toApiFailure, type ApiFailure } from '../../../api/api-failure.ts';
import {
  answerMembership,
  applyForFamilyEcard,
  getFamily,
  listMemberships,
  removeFamilyMember,
  type Family,
  type FamilyMember,
  type FamilyMembership,
} from '../../../api/cards.ts';
import type { CitizenAccount } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiProblem } from '../../../components/ApiProblem.tsx';
import { BackLink } from '../../../components/BackLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageHeading } from '../../../components/use-page-heading.ts';
import { formatDate } from '../../../i18n/format-date.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import { SignedInOnly } from '../../identity/SignedInOnly.tsx';
import { cardPaths, ecardByIdUrl, familyPaths } from '../card-paths.ts';
import { IdentityBackNotice } from '../IdentityBackNotice.tsx';
import { localDate } from '../local-date.ts';
import { RealPersonGate } from '../RealPersonGate.tsx';
import { useCardsT } from '../use-cards-t.ts';
import { readFamilyNotice } from './family-notice.ts';
import { FamilyProblem } from './FamilyProblem.tsx';
import '../cards.css';

/**
 * 亲情服务: the family members whose e-cards the holder may show (add, remove, get a minor's
 * e-card), and the invitations of others to be one of their family members (accept, decline,
 * leave).
 */
export function FamilyPage() {
  return (
    <SignedInOnly returnTo={familyPaths.members}>
      {(account) => <FamilyOverview account={account} />}
    </SignedInOnly>
  );
}

function FamilyOverview({ account }: { account: CitizenAccount }) {
  const t = useCardsT();
  const heading = usePageHeading(t.family.title);
  const arrived = readFamilyNotice(useLocation().state);
  const family = useApi('family', (signal) => getFamily(signal));
  const memberships = useApi('family-memberships', (signal) => listMemberships(signal));
  const [changedFamily, setChangedFamily] = useState<Family | null>(null);
  const [changedMemberships, setChangedMemberships] = useState<FamilyMembership[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const run = async <T,>(change: () => Promise<T>, done: (value: T) => void, said: string) => {
    if (busy) return;
    setBusy(true);
    try {
      done(await change());
      setNotice(said);
      setFailure(null);
    } catch (caught) {
      setFailure(toApiFailure(caught));
      setAttempt((n) => n + 1);
      setNotice(null);
    } finally {
      setBusy(false);
    }
  };
  const reloadFamily = () => getFamily();
  const shownNotice =
    notice ?? (arrived === 'invited' ? t.family.invitedNotice : arrived ? t.family.added : null);
  const currentFamily = changedFamily ?? (family.state.status === 'ok' ? family.state.data : null);
  const currentMemberships =
    changedMemberships ?? (memberships.state.status === 'ok' ? memberships.state.data : null);

  return (
    <>
      <BackLink to={cardPaths.mine} />
      {failure && <FamilyProblem failure={failure} attempt={attempt} here={familyPaths.members} />}
      <IdentityBackNotice />
      <h1 ref={heading} tabIndex={-1}>
        {t.family.title}
      </h1>
      {shownNotice && (
        <div className="notice" role="status">
          <p>{shownNotice}</p>
        </div>
      )}
      <p>{t.family.intro}</p>
      {family.state.status === 'error' ? (
        <ApiProblem failure={family.state.failure} onRetry={family.retry} />
      ) : !currentFamily ? (
        <Loading />
      ) : (
        <>
          <p>{t.family.placesLeft(currentFamily.placesLeft, currentFamily.limit)}</p>
          {currentFamily.members.length === 0 ? (
            <p>{t.family.none}</p>
          ) : (
            <ul className="card-list">
              {currentFamily.members.map((member) => (
                <MemberItem
                  key={member.id}
                  member={member}
                  account={account}
                  busy={busy}
                  onRemove={() =>
                    void run(
                      () => removeFamilyMember(member.id),
                      setChangedFamily,
                      t.family.removed,
                    )
                  }
                  onApply={(cardId) =>
                    void run(
                      async () => {
                        await applyForFamilyEcard(member.id, cardId);
                        return reloadFamily();
                      },
                      setChangedFamily,
                      t.ecard.applied,
                    )
                  }
                />
              ))}
            </ul>
          )}
          {currentFamily.placesLeft > 0 && (
            <p>
              <Link className="button" to={familyPaths.add}>
                {t.family.add}
              </Link>
            </p>
          )}
        </>
      )}
      <h2>{t.family.membershipsHeading}</h2>
      {memberships.state.status === 'error' ? (
        <ApiProblem failure={memberships.state.failure} onRetry={memberships.retry} />
      ) : !currentMemberships ? (
        <Loading />
      ) : currentMemberships.length === 0 ? (
        <p>{t.family.membershipsNone}</p>
      ) : (
        <ul className="card-list">
          {currentMemberships.map((membership) => (
            <MembershipItem
              key={membership.id}
              membership={membership}
              account={account}
              busy={busy}
              onAnswer={(answer) =>
                void run(
                  () => answerMembership(membership.id, answer),
                  setChangedMemberships,
                  answer === 'accept'
                    ? t.family.accepted
                    : answer === 'decline'
                      ? t.family.declined
                      : t.family.left,
                )
              }
            />
          ))}
        </ul>
      )}
    </>
  );
}

function MemberItem(props: {
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
        <p>
          {t.family.invitationUntil(formatDate(localDate(member.invitationExpiresAt), language))}
        </p>
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

function MembershipItem(props: {
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
        <p>
          {t.family.invitationUntil(
            formatDate(localDate(membership.invitationExpiresAt), language),
          )}
        </p>
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
