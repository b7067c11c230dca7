import { canApplyCardAction, type CardState } from '../../../../../domain/cards/index.ts';
import type { CardTaskKind } from '../cards.tables.ts';

/** What agency staff may do on a card's page. */
export const agencyCardActions = [
  'complete-task',
  'refuse-task',
  'record-formal-loss',
  'reset-password',
] as const;
export type AgencyCardAction = (typeof agencyCardActions)[number];

/**
 * The actions open on a card, from its state and its open task: completing the task when the
 * card can take what completing does (a formal loss report, or the cancellation that a
 * cancellation or a new card brings), refusing it whenever one is open, a formal loss report
 * from any state that allows it, and a password reset of a locked card.
 */
export function availableAgencyCardActions(
  state: CardState,
  openTask: { kind: CardTaskKind } | null,
): AgencyCardAction[] {
  const completes =
    openTask !== null &&
    canApplyCardAction(
      state,
      openTask.kind === 'formal-loss'
        ? { action: 'formal-loss-reported' }
        : { action: 'cancelled', reason: 'replacement' },
    );
  const open: Record<AgencyCardAction, boolean> = {
    'complete-task': completes,
    'refuse-task': openTask !== null,
    'record-formal-loss': canApplyCardAction(state, { action: 'formal-loss-reported' }),
    'reset-password': canApplyCardAction(state, { action: 'password-reset' }),
  };
  return agencyCardActions.filter((action) => open[action]);
}
