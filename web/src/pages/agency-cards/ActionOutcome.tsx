import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ApiFailure } from '../../api/api-failure.ts';
import type { AgencyCardSummary } from '../../api/agency-cards.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
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

/**
 * The message after an action, which takes the focus so that it is read at once. A conflict
 * (409: someone acted first, or the page is stale) says so plainly and offers to reload the
 * card; what was typed stays on the page.
 */
export function ActionOutcomeMessage(props: {
  outcome: ActionOutcome;
  reloadTo: string;
  onReload: () => void;
}) {
  const t = useAgencyCardsT();
  const common = useT();
  const { language } = useLanguage();
  const a = t.actions;
  const { outcome } = props;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [outcome]);

  if (outcome.kind === 'reloaded')
    return (
      <div className="notice" role="status" ref={box} tabIndex={-1}>
        <p>{a.reloaded}</p>
      </div>
    );
  if (outcome.kind === 'done')
    return (
      <div className="notice notice--success" role="status" ref={box} tabIndex={-1}>
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
      </div>
    );
  const { failure } = outcome;
  if (failure.status === 409)
    return (
      <div className="problem" role="alert" ref={box} tabIndex={-1}>
        <h2 className="problem__title">{a.conflictTitle}</h2>
        <p>{failure.code === 'CARD_ACTION_NOT_ALLOWED' ? a.notAllowed : a.conflict}</p>
        <p>
          <Link to={props.reloadTo} replace onClick={props.onReload}>
            {a.reload}
          </Link>
        </p>
      </div>
    );
  const message =
    failure.kind === 'network'
      ? common.problems.network
      : failure.messages
        ? language === 'zh-CN'
          ? failure.messages.zh
          : failure.messages.en
        : common.problems.other;
  return (
    <div className="problem" role="alert" ref={box} tabIndex={-1}>
      <h2 className="problem__title">{a.failed}</h2>
      <p>{message}</p>
    </div>
  );
}
