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
  type FamilyMembership,
} from '../../../api/cards.ts';
import type { CitizenAccount } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiProblem } from '../../../components/ApiProblem.tsx';
import { BackLink } from '../../../components/BackLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageHeading } from '../../../components/use-page-heading.ts';
import { SignedInOnly } from '../../identity/SignedInOnly.tsx';
import { cardPaths, familyPaths } from '../card-paths.ts';
import { IdentityBackNotice } from '../IdentityBackNotice.tsx';
import { useCardsT } from '../use-cards-t.ts';
import { readFamilyNotice } from './family-notice.ts';
import { FamilyProblem } from './FamilyProblem.tsx';
import { MemberItem } from './MemberItem.tsx';
import { MembershipItem } from './MembershipItem.tsx';
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
