import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { toApiFailure, type ApiFailure } from '../../../api/api-failure.ts';
import {
  applyForEcard,
  authoriseEcardDuringLoss,
  getCard,
  listEcards,
  type Card,
  type Ecard,
} from '../../../api/cards.ts';
import type { CitizenAccount } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiProblem } from '../../../components/ApiProblem.tsx';
import { BackLink } from '../../../components/BackLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageHeading } from '../../../components/use-page-heading.ts';
import { chinaTime } from '../../../i18n/china-moment.ts';
import { SignedInOnly } from '../../identity/SignedInOnly.tsx';
import { CardFacts } from '../CardFacts.tsx';
import { cardPaths, cardUrl, ecardUrl } from '../card-paths.ts';
import { CardProblemBox } from '../CardProblemBox.tsx';
import { IdentityBackNotice } from '../IdentityBackNotice.tsx';
import { RealPersonGate } from '../RealPersonGate.tsx';
import { useCardsT } from '../use-cards-t.ts';
import { QrPanel } from './QrPanel.tsx';
import '../cards.css';

/** 电子社保卡 of one card: apply for it, show its QR code, or allow it during a loss report. */
export function EcardPage() {
  const { id = '' } = useParams();
  return (
    <SignedInOnly returnTo={ecardUrl(id)}>
      {(account) => <EcardLoader id={id} account={account} />}
    </SignedInOnly>
  );
}

function EcardLoader({ id, account }: { id: string; account: CitizenAccount }) {
  const t = useCardsT();
  const heading = usePageHeading(t.ecard.title);
  const { state, retry } = useApi(`ecard-of:${id}`, (signal) =>
    Promise.all([getCard(id, signal), listEcards(signal)]),
  );
  return (
    <>
      <BackLink to={cardUrl(id)} />
      <IdentityBackNotice />
      <h1 ref={heading} tabIndex={-1}>
        {t.ecard.title}
      </h1>
      {state.status === 'ok' ? (
        <EcardOfCard
          card={state.data[0]}
          found={state.data[1].find((e) => e.cardId === id && e.relation === 'self') ?? null}
          account={account}
        />
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

function EcardOfCard(props: { card: Card; found: Ecard | null; account: CitizenAccount }) {
  const t = useCardsT();
  const { card, account } = props;
  const [ecard, setEcard] = useState(props.found);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const here = ecardUrl(card.id);

  const run = async (change: () => Promise<Ecard>) => {
    if (busy) return;
    setBusy(true);
    try {
      setEcard(await change());
      setFailure(null);
    } catch (caught) {
      setFailure(toApiFailure(caught));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  const reloadEcard = async () => {
    const ecards = await listEcards();
    const mine = ecards.find((e) => e.cardId === card.id && e.relation === 'self');
    if (!mine) throw new Error('the e-card just made is not listed');
    return mine;
  };

  return (
    <>
      {failure && <CardProblemBox failure={failure} card={card} attempt={attempt} here={here} />}
      <CardFacts card={card} />
      <p>{t.ecard.intro}</p>
      {!ecard ? (
        card.status === 'cancelled' ? (
          <p>{t.ecard.cancelled}</p>
        ) : (
          <RealPersonGate account={account} here={here}>
            <button
              type="button"
              className="button"
              aria-disabled={busy || undefined}
              onClick={() => void run(() => applyForEcard(card.id))}
            >
              {t.ecard.apply}
            </button>
          </RealPersonGate>
        )
      ) : ecard.usable ? (
        <>
          {ecard.lossAuthorisedUntil && (
            <p className="card-notice">
              {t.ecard.authorised(chinaTime(ecard.lossAuthorisedUntil))}
            </p>
          )}
          <QrPanel ecard={ecard} />
        </>
      ) : (
        <>
          <div className="card-notice">
            <p>{ecard.refusal ? t.ecard.refusals[ecard.refusal] : t.card.notNow}</p>
          </div>
          {ecard.refusal === 'loss-authorisation-required' && ecard.canManage && (
            <RealPersonGate account={account} here={here}>
              <button
                type="button"
                className="button"
                aria-disabled={busy || undefined}
                onClick={() =>
                  void run(async () => {
                    await authoriseEcardDuringLoss(ecard.id, 30);
                    return reloadEcard();
                  })
                }
              >
                {t.ecard.authorise}
              </button>
            </RealPersonGate>
          )}
        </>
      )}
      <p>
        <Link to={cardUrl(card.id)}>{t.card.backToCard}</Link>
      </p>
    </>
  );
}
