import { Link } from 'react-router';
import type { ApiFailure } from '../../api/api-failure.ts';
import type { AgencyCardSummary } from '../../api/agency-cards.ts';
import { OutcomeMessage } from '../agency/OutcomeMessage.tsx';
import { agencyCardUrl } from './agency-cards-paths.ts';
import type { CardStep } from './card-action-forms.ts';
import { useAgencyCardsT } from './use-agency-cards-t.ts';

/** What came of the last action on the page: done (with the new card a replacement issued), or not. */
export type ActionOutcome =
  | { kind: 'done'; step: CardStep; newCard?: AgencyCardSummary | null }
  | { kind: 'failed'; step: CardStep; failure: ApiFailure }
  | { kind: 'reloaded' };

const doneKey = {
  complete: 'complete',
  refuse: 'refuse',
  'formal-loss': 'formalLoss',
  'reset-password': 'resetPassword',
} as const;

/** The message after an action on a card; a refused one offers to reload the card. */
export function ActionOutcomeMessage(props: {
  outcome: ActionOutcome;
  reloadTo: string;
  onReload: () => void;
}) {
  const a = useAgencyCardsT().actions;
  const { outcome } = props;
  const done = outcome.kind === 'done' && (
    <>
      <p>{a.done[doneKey[outcome.step]]}</p>
      {outcome.newCard && (
        <p>
          {a.newCardIssued(outcome.newCard.cardNumber)}{' '}
          <Link
            to={agencyCardUrl({ personId: outcome.newCard.personId, cardId: outcome.newCard.id })}
          >
            {a.viewNewCard}
          </Link>
        </p>
      )}
    </>
  );
  return (
    <OutcomeMessage
      {...props}
      texts={a}
      done={done}
      notAllowed={{ code: 'CARD_ACTION_NOT_ALLOWED', text: a.notAllowed }}
    />
  );
}
