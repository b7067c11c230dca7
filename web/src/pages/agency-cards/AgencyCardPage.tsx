import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import {
  completeCardTask,
  getAgencyCard,
  recordFormalLoss,
  refuseCardTask,
  resetCardPassword,
  type AgencyCard,
  type CardRef,
} from '../../api/agency-cards.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import type { FieldError } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { AgencyStaffOnly } from '../agency/AgencyStaffOnly.tsx';
import { ActionOutcomeMessage, type ActionOutcome } from './ActionOutcome.tsx';
import { AgencyCardActions } from './AgencyCardActions.tsx';
import { AgencyCardFacts } from './AgencyCardFacts.tsx';
import { AgencyCardTasks, AgencyCardTimeline } from './AgencyCardHistory.tsx';
import { AgencyCardList } from './AgencyCardList.tsx';
import { agencyCardsPaths, agencyCardUrl } from './agency-cards-paths.ts';
import {
  cardFieldIds,
  emptyCardDrafts,
  type CardDrafts,
  type CardStep,
} from './card-action-forms.ts';
import { OpenTask } from './OpenTask.tsx';
import { useAgencyCardsT } from './use-agency-cards-t.ts';
import '../agency/agency.css';
import './agency-cards.css';

/** 社保卡: one card of the agency as its staff work on it — the card, its task, the actions. */
export function AgencyCardPage() {
  const { personId = '', cardId = '' } = useParams();
  return (
    <AgencyStaffOnly>
      {() => <AgencyCardView key={`${personId}/${cardId}`} cardRef={{ personId, cardId }} />}
    </AgencyStaffOnly>
  );
}

// The field of the page a server's field problem belongs to, for the step that was sent.
const serverFieldIds: Record<CardStep, Record<string, string>> = {
  complete: {},
  refuse: { note: cardFieldIds.refuseNote },
  'formal-loss': { note: cardFieldIds.formalLossNote },
  'reset-password': { password: cardFieldIds.password },
};

function AgencyCardView({ cardRef }: { cardRef: CardRef }) {
  const t = useAgencyCardsT();
  const { language } = useLanguage();
  const location = useLocation();
  // Reloaded by the reload link (a new location) or after an action whose answer is not the card.
  const [reloads, setReloads] = useState(0);
  const loadKey = `agency-card:${cardRef.personId}/${cardRef.cardId}#${location.key}#${reloads}`;
  const { state, retry } = useApi(loadKey, (signal) => getAgencyCard(cardRef, signal));
  // The card an action answered with, as long as nothing newer has been asked for.
  const [answered, setAnswered] = useState<{ key: string; data: AgencyCard } | null>(null);
  const card =
    answered?.key === loadKey ? answered.data : state.status === 'ok' ? state.data : null;
  // What the staff member typed and opened: above the card, so that no reload loses it.
  const [drafts, setDrafts] = useState<CardDrafts>(emptyCardDrafts);
  const [serverProblems, setServerProblems] = useState<FieldError[]>([]);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const title = card ? t.card.title(card.cardNumber) : t.card.loadingTitle;
  const heading = usePageHeading(title, outcome?.kind === 'failed');

  const perform = async (step: CardStep, shown: AgencyCard) => {
    switch (step) {
      case 'complete': {
        const done = await completeCardTask(shown.openTask!.id, shown.openTask!.version);
        return { card: done.card, newCard: done.newCard };
      }
      case 'refuse':
        return {
          card: await refuseCardTask(
            shown.openTask!.id,
            shown.openTask!.version,
            drafts.refuseNote,
          ),
        };
      case 'formal-loss':
        return { card: await recordFormalLoss(cardRef, shown.version, drafts.formalLossNote) };
      case 'reset-password':
        return { card: await resetCardPassword(cardRef, shown.version, drafts.password) };
    }
  };

  const run = async (step: CardStep) => {
    if (busy || !card) return;
    setBusy(true);
    try {
      const result = await perform(step, card);
      setAnswered({ key: loadKey, data: result.card });
      setOutcome({ kind: 'done', step, ...('newCard' in result && { newCard: result.newCard }) });
      setDrafts((d) => ({
        ...d,
        open: null,
        ...(step === 'refuse' && { refuseNote: '' }),
        ...(step === 'formal-loss' && { formalLossNote: '' }),
        // A password is never kept once it has been used.
        password: '',
        passwordAgain: '',
      }));
    } catch (caught) {
      const failure = toApiFailure(caught);
      const fields = failure.fields.flatMap((f) => {
        const fieldId = serverFieldIds[step][f.path];
        return fieldId
          ? [{ fieldId, message: language === 'zh-CN' ? f.message : f.messageEn }]
          : [];
      });
      if (failure.status === 400 && fields.length > 0) setServerProblems(fields);
      else setOutcome({ kind: 'failed', step, failure });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink to={agencyCardsPaths.queue} />
      <p className="caption">{t.card.caption}</p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {outcome && (
        <ActionOutcomeMessage
          outcome={outcome}
          reloadTo={agencyCardUrl(cardRef)}
          onReload={() => {
            setOutcome({ kind: 'reloaded' });
            setReloads((n) => n + 1);
          }}
        />
      )}
      {card ? (
        <>
          <AgencyCardFacts card={card} />
          {card.openTask && <OpenTask task={card.openTask} />}
          <AgencyCardActions
            card={card}
            drafts={drafts}
            onDrafts={(change) => {
              setServerProblems([]);
              setDrafts((d) => ({ ...d, ...change }));
            }}
            serverProblems={serverProblems}
            busy={busy}
            onRun={(step) => void run(step)}
          />
          <AgencyCardTasks card={card} />
          <AgencyCardTimeline card={card} />
          <section aria-labelledby="agency-cards">
            <h2 id="agency-cards">{t.card.agencyCards}</h2>
            <AgencyCardList cards={card.agencyCards} currentId={card.id} />
          </section>
        </>
      ) : state.status === 'error' ? (
        <ApiProblem
          failure={state.failure}
          onRetry={retry}
          back={{ to: agencyCardsPaths.queue, label: t.card.back }}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
