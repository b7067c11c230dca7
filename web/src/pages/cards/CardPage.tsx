import { Link, useParams } from 'react-router';
import { getCard, type Card } from '../../api/cards.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { SignedInOnly } from '../identity/SignedInOnly.tsx';
import { CardFacts } from './CardFacts.tsx';
import { CardNotices } from './CardNotices.tsx';
import { actionUrl, cardPaths, cardUrl } from './card-paths.ts';
import { CardTimeline } from './CardTimeline.tsx';
import { CardActionList } from './CardActionList.tsx';
import { IdentityBackNotice } from './IdentityBackNotice.tsx';
import { useCardsT, useTexts } from './use-cards-t.ts';
import './cards.css';

/** One card: its facts, what its state means, what may be done now, and its history. */
export function CardPage() {
  const { id = '' } = useParams();
  return <SignedInOnly returnTo={cardUrl(id)}>{() => <CardDetail id={id} />}</SignedInOnly>;
}

function CardDetail({ id }: { id: string }) {
  const t = useCardsT();
  const heading = usePageHeading(t.card.title);
  const { state, retry } = useApi(`card:${id}`, (signal) => getCard(id, signal));
  return (
    <>
      <BackLink to={cardPaths.mine} />
      <IdentityBackNotice />
      <h1 ref={heading} tabIndex={-1}>
        {t.card.title}
      </h1>
      {state.status === 'ok' ? (
        <CardContent card={state.data} />
      ) : state.status === 'error' ? (
        <ApiProblem
          failure={state.failure}
          onRetry={retry}
          back={{ to: cardPaths.mine, label: t.card.back }}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}

function CardContent({ card }: { card: Card }) {
  const t = useCardsT();
  const text = useTexts();
  return (
    <>
      <CardFacts card={card} full />
      <CardNotices card={card} />
      {card.offeredCancellation && card.availableActions.includes('decline-cancellation-offer') && (
        <section className="card-offer" aria-labelledby="card-offer-title">
          <h2 id="card-offer-title">{t.offer.heading}</h2>
          <p>{t.offer.body(text(card.offeredCancellation))}</p>
          <ul className="actions">
            {card.availableActions.includes('cancel') && (
              <li>
                <Link
                  className="button"
                  to={actionUrl(
                    card.id,
                    'cancel',
                    card.offeredCancellation.code === 'death'
                      ? undefined
                      : card.offeredCancellation.code,
                  )}
                >
                  {t.offer.cancel}
                </Link>
              </li>
            )}
            <li>
              <Link
                className="button button--secondary"
                to={actionUrl(card.id, 'decline-cancellation-offer')}
              >
                {t.offer.keep}
              </Link>
            </li>
          </ul>
        </section>
      )}
      <CardActionList card={card} />
      <CardTimeline card={card} />
      <p>
        <Link to={cardPaths.mine}>{t.card.back}</Link>
      </p>
    </>
  );
}
