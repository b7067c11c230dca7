import { Link, Navigate, useLocation, useParams } from 'react-router';
import { getCard, type Card, type HolderCardAction } from '../../api/cards.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { chinaDate, chinaTime } from '../../i18n/china-moment.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { SignedInOnly } from '../identity/SignedInOnly.tsx';
import { BringList } from './BringList.tsx';
import { CardFacts } from './CardFacts.tsx';
import { cardPaths, cardUrl, readCardDone } from './card-paths.ts';
import { useCardsT } from './use-cards-t.ts';
import './cards.css';

/**
 * The confirmation after a change: what was done, the card as it is now and what happens next.
 * Opened by hand (no change just made) it is the card's page.
 */
export function CardDonePage() {
  const { id = '' } = useParams();
  const done = readCardDone(useLocation().state);
  if (!done) return <Navigate to={cardUrl(id)} replace />;
  return (
    <SignedInOnly returnTo={cardUrl(id)}>{() => <Confirmation id={id} done={done} />}</SignedInOnly>
  );
}

function Confirmation({ id, done }: { id: string; done: HolderCardAction }) {
  const t = useCardsT();
  const { state, retry } = useApi(`card-done:${id}`, (signal) => getCard(id, signal));
  if (state.status === 'ok') return <Confirmed card={state.data} done={done} />;
  if (state.status === 'error')
    return (
      <ApiProblem
        failure={state.failure}
        onRetry={retry}
        back={{ to: cardPaths.mine, label: t.card.back }}
      />
    );
  return <Loading />;
}

function Confirmed({ card, done }: { card: Card; done: HolderCardAction }) {
  const t = useCardsT();
  const { language } = useLanguage();
  // A cancellation is done at once online, or asked of the agency: the card says which.
  const words =
    done !== 'cancel'
      ? t.done[done]
      : card.status === 'cancelled'
        ? t.done.cancelled
        : t.done.cancellationRequested;
  const heading = usePageHeading(words.title);
  const pendingReason =
    card.pendingRequest?.kind === 'cancellation' ? card.pendingRequest.reason : null;
  return (
    <>
      <div className="status-panel status-panel--open">
        <h1 ref={heading} tabIndex={-1}>
          {words.title}
        </h1>
      </div>
      <CardFacts card={card} />
      <h2>{t.done.whatNext}</h2>
      <p>{words.next}</p>
      {done === 'report-temporary-loss' && card.temporaryLossEndsAt && (
        <p>
          {t.card.temporaryLossEnds(
            chinaDate(card.temporaryLossEndsAt, language),
            chinaTime(card.temporaryLossEndsAt),
          )}
        </p>
      )}
      {done === 'report-temporary-loss' && <p>{t.card.temporaryLossNext}</p>}
      {done === 'cancel' && pendingReason && (
        <BringList reason={pendingReason.code} region={card.issuingRegion.name} />
      )}
      <ul className="actions">
        <li>
          <Link to={cardUrl(card.id)}>{t.done.viewCard}</Link>
        </li>
        <li>
          <Link to={cardPaths.mine}>{t.done.allCards}</Link>
        </li>
      </ul>
    </>
  );
}
