import { Link } from 'react-router';
import { listCards } from '../../api/cards.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import { identityPaths } from '../identity/identity-paths.ts';
import { identityStateFrom } from '../identity/identity-return.ts';
import { SignedInOnly } from '../identity/SignedInOnly.tsx';
import { CardFacts } from './CardFacts.tsx';
import { cardPaths, cardUrl, familyPaths } from './card-paths.ts';
import { IdentityBackNotice } from './IdentityBackNotice.tsx';
import { useCardsT } from './use-cards-t.ts';
import './cards.css';

/** 我的社保卡: every card of the signed-in person, newest first, each with its state. */
export function MyCardsPage() {
  return (
    <SignedInOnly returnTo={cardPaths.mine}>
      {(account) => (account.personBound ? <CardList /> : <NotBound />)}
    </SignedInOnly>
  );
}

function NotBound() {
  const t = useCardsT();
  const common = useT();
  const heading = usePageHeading(t.list.title);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.list.title}
      </h1>
      <p>{t.list.notBound}</p>
      <p>
        <Link className="button" to={identityPaths.bind} state={identityStateFrom(cardPaths.mine)}>
          {common.account.bindLink}
        </Link>
      </p>
      <p>{t.list.backAfter}</p>
    </>
  );
}

function CardList() {
  const t = useCardsT();
  const heading = usePageHeading(t.list.title);
  const { state, retry } = useApi('my-cards', (signal) => listCards(signal));
  return (
    <>
      <IdentityBackNotice />
      <h1 ref={heading} tabIndex={-1}>
        {t.list.title}
      </h1>
      <p className="lead">{t.list.intro}</p>
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : state.data.length === 0 ? (
        <p>{t.list.none}</p>
      ) : (
        <ul className="card-list">
          {state.data.map((card) => (
            <li key={card.id} className="card-list__item">
              <h2 className="card-list__title">
                <Link to={cardUrl(card.id)}>{t.list.view(card.cardNumber)}</Link>
              </h2>
              <CardFacts card={card} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={familyPaths.members}>{t.family.link}</Link>
      </p>
    </>
  );
}
