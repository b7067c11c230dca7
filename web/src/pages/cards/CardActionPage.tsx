import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { toApiFailure, type ApiFailure } from '../../api/api-failure.ts';
import { getCard, type Card, type HolderCardAction } from '../../api/cards.ts';
import type { CitizenAccount } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { SignedInOnly } from '../identity/SignedInOnly.tsx';
import { actionPageOpen, parseReason } from './card-offers.ts';
import {
  actionPages,
  cardPaths,
  cardUrl,
  doneUrl,
  parseActionPage,
  type CardDoneState,
} from './card-paths.ts';
import { describeCardProblem } from './card-problem.ts';
import { CancelJourney } from './CancelJourney.tsx';
import { CardFacts } from './CardFacts.tsx';
import { CardProblemBox } from './CardProblemBox.tsx';
import { EnableForm } from './EnableForm.tsx';
import { IdentityBackNotice } from './IdentityBackNotice.tsx';
import { SimpleActionForm } from './SimpleActionForm.tsx';
import { useCardsT } from './use-cards-t.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import './cards.css';

/** What an action's page needs from the page around it. */
export interface ActionPageProps {
  card: Card;
  account: CitizenAccount;
  /** This page's address, to come back to after proving it is you. */
  here: string;
  busy: boolean;
  /** Sends the change; the page shows the confirmation or what went wrong. */
  send: (change: (card: Card) => Promise<Card>) => void;
  /** Whether the form now shows errors of its own, so that the page's title says so. */
  showingErrors: (shown: boolean) => void;
}

/** The page of one holder action on one card: enable, report lost, unblock, renew, replace, cancel, keep. */
export function CardActionPage() {
  const { id = '', action: word } = useParams();
  const { pathname, search } = useLocation();
  const page = parseActionPage(word);
  if (!page) return <NotFoundPage />;
  const here = `${pathname}${search}`;
  return (
    <SignedInOnly returnTo={here}>
      {(account) => (
        <ActionLoader id={id} action={actionPages[page]} account={account} here={here} />
      )}
    </SignedInOnly>
  );
}

function ActionLoader(props: {
  id: string;
  action: HolderCardAction;
  account: CitizenAccount;
  here: string;
}) {
  const t = useCardsT();
  const { state, retry } = useApi(`card:${props.id}`, (signal) => getCard(props.id, signal));
  if (state.status === 'ok') return <ActionJourney {...props} loaded={state.data} />;
  return (
    <>
      <BackLink to={cardUrl(props.id)} />
      <TitleHeading title={t[props.action].title} />
      {state.status === 'error' ? (
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

function TitleHeading({ title, hasError = false }: { title: string; hasError?: boolean }) {
  const heading = usePageHeading(title, hasError);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {title}
    </h1>
  );
}

/**
 * The action's page around its form: the card as it is now, a refusal at the top (a 409 loads the
 * card again and says what changed; whatever was chosen or typed stays), and the confirmation.
 */
function ActionJourney(props: {
  loaded: Card;
  action: HolderCardAction;
  account: CitizenAccount;
  here: string;
}) {
  const t = useCardsT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [card, setCard] = useState(props.loaded);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [formErrors, setFormErrors] = useState(false);
  const [params] = useSearchParams();
  const { action } = props;
  // A cancellation with its reason chosen is the check-and-confirm step.
  const title =
    action === 'cancel' && parseReason(card, params.get('reason'))
      ? t.cancel.checkTitle
      : t[action].title;

  const send = (change: (card: Card) => Promise<Card>) => {
    if (busy) return;
    setBusy(true);
    void change(card).then(
      () => {
        const state: CardDoneState = { cardDone: action };
        navigate(doneUrl(card.id), { state });
      },
      async (caught: unknown) => {
        const found = toApiFailure(caught);
        if (describeCardProblem(found, card, t, language).reload) {
          try {
            setCard(await getCard(card.id));
          } catch {
            // The refusal already says what happened; the page keeps the card it showed.
          }
        }
        setFailure(found);
        setAttempt((n) => n + 1);
        setBusy(false);
      },
    );
  };

  const open = actionPageOpen(card, action);
  const formProps: ActionPageProps = {
    card,
    account: props.account,
    here: props.here,
    busy,
    send,
    showingErrors: setFormErrors,
  };
  return (
    <>
      <BackLink to={cardUrl(card.id)} />
      {failure && (
        <CardProblemBox failure={failure} card={card} attempt={attempt} here={props.here} />
      )}
      <IdentityBackNotice />
      <TitleHeading key={title} title={title} hasError={failure !== null || formErrors} />
      <CardFacts card={card} />
      {!open ? (
        <p>{t.card.notNow}</p>
      ) : action === 'enable' ? (
        <EnableForm {...formProps} />
      ) : action === 'cancel' ? (
        <CancelJourney {...formProps} />
      ) : (
        <SimpleActionForm {...formProps} action={action} />
      )}
      <p>
        <Link to={cardUrl(card.id)}>{t.card.backToCard}</Link>
      </p>
    </>
  );
}
