import { useParams } from 'react-router';
import { getEcard } from '../../../api/cards.ts';
import { useApi } from '../../../api/use-api.ts';
import { ApiProblem } from '../../../components/ApiProblem.tsx';
import { BackLink } from '../../../components/BackLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageHeading } from '../../../components/use-page-heading.ts';
import { SignedInOnly } from '../../identity/SignedInOnly.tsx';
import { ecardByIdUrl, familyPaths } from '../card-paths.ts';
import { QrPanel } from '../ecard/QrPanel.tsx';
import { useCardsT, useTexts } from '../use-cards-t.ts';
import '../cards.css';

/** A family member's e-card, shown by the holder: whose it is (masked), and its QR code. */
export function FamilyEcardPage() {
  const { ecardId = '' } = useParams();
  return (
    <SignedInOnly returnTo={ecardByIdUrl(ecardId)}>
      {() => <FamilyEcard ecardId={ecardId} />}
    </SignedInOnly>
  );
}

function FamilyEcard({ ecardId }: { ecardId: string }) {
  const t = useCardsT();
  const text = useTexts();
  const heading = usePageHeading(t.family.ecardTitle);
  const { state, retry } = useApi(`ecard:${ecardId}`, (signal) => getEcard(ecardId, signal));
  return (
    <>
      <BackLink to={familyPaths.members} />
      <h1 ref={heading} tabIndex={-1}>
        {t.family.ecardTitle}
      </h1>
      {state.status === 'error' ? (
        <ApiProblem
          failure={state.failure}
          onRetry={retry}
          back={{ to: familyPaths.members, label: t.family.back }}
        />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <>
          <dl className="summary-list card-facts">
            <dt>{t.fields.holder}</dt>
            <dd lang="zh-CN">{state.data.holderName}</dd>
            <dt>{t.fields.status}</dt>
            <dd>
              <strong className={`tag card-tag card-tag--${state.data.cardState}`}>
                {text(state.data.cardStateLabel)}
              </strong>
            </dd>
            <dt>{t.fields.region}</dt>
            <dd lang="zh-CN">{state.data.issuingRegion.name}</dd>
            <dt>{t.fields.number}</dt>
            <dd className="card-facts__number">{state.data.cardNumber}</dd>
          </dl>
          {state.data.usable ? (
            <QrPanel ecard={state.data} />
          ) : (
            <div className="card-notice">
              <p>{state.data.refusal ? t.ecard.refusals[state.data.refusal] : t.card.notNow}</p>
            </div>
          )}
        </>
      )}
    </>
  );
}
