import type { FieldError } from '../../components/ErrorSummary.tsx';
import type { AgencyCard, AgencyCardAction } from '../../api/agency-cards.ts';
import { TextAreaField } from '../agency/TextAreaField.tsx';
import {
  cardFieldIds,
  cardStepProblems,
  type CardDrafts,
  type CardStep,
} from './card-action-forms.ts';
import { PasswordField } from './PasswordField.tsx';
import { StepForm } from './StepForm.tsx';
import { useAgencyCardsT } from './use-agency-cards-t.ts';

const stepOf: Record<AgencyCardAction, CardStep> = {
  'complete-task': 'complete',
  'refuse-task': 'refuse',
  'record-formal-loss': 'formal-loss',
  'reset-password': 'reset-password',
};

/**
 * 办理: the buttons of the actions open on the card now (the server's `availableActions`); each
 * asks first — a confirmation to complete the task, a reason to refuse it, a note for a formal
 * loss report, the new password for a reset — and only then acts.
 */
export function AgencyCardActions(props: {
  card: AgencyCard;
  drafts: CardDrafts;
  onDrafts: (change: Partial<CardDrafts>) => void;
  /** Problems the server found in what was sent, by field. */
  serverProblems: FieldError[];
  busy: boolean;
  onRun: (step: CardStep) => void;
}) {
  const t = useAgencyCardsT();
  const a = t.actions;
  const { card, drafts } = props;
  const steps = card.availableActions.map((action) => stepOf[action]);
  const open = drafts.open !== null && steps.includes(drafts.open) ? drafts.open : null;
  const task = card.openTask;
  const labels: Record<CardStep, string> = {
    complete: task ? a.complete[task.kind] : '',
    refuse: a.refuse,
    'formal-loss': a.formalLoss,
    'reset-password': a.resetPassword,
  };
  const problems = (step: CardStep) => [
    ...cardStepProblems(step, drafts, a.errors),
    ...props.serverProblems,
  ];
  const common = {
    busy: props.busy,
    working: a.working,
    cancel: a.cancel,
    onCancel: () => props.onDrafts({ open: null }),
  };

  return (
    <section aria-labelledby="card-actions" className="case-actions">
      <h2 id="card-actions">{a.heading}</h2>
      {steps.length === 0 ? (
        <p>{a.noneOpen}</p>
      ) : open === 'complete' && task ? (
        <StepForm
          {...common}
          title={a.complete[task.kind]}
          body={a.completeBody[task.kind]}
          confirm={a.confirmComplete}
          problems={[]}
          onSubmit={() => props.onRun('complete')}
        />
      ) : open === 'refuse' ? (
        <StepForm
          {...common}
          warning
          title={a.refuseTitle}
          body={a.refuseBody}
          confirm={a.confirmRefuse}
          problems={problems('refuse')}
          onSubmit={() => props.onRun('refuse')}
        >
          {(errorOf) => (
            <TextAreaField
              id={cardFieldIds.refuseNote}
              label={a.refuseNote}
              hint={a.refuseNoteHint}
              error={errorOf(cardFieldIds.refuseNote)}
              rows={4}
              value={drafts.refuseNote}
              onChange={(refuseNote) => props.onDrafts({ refuseNote })}
            />
          )}
        </StepForm>
      ) : open === 'formal-loss' ? (
        <StepForm
          {...common}
          warning
          title={a.formalLossTitle}
          body={a.formalLossBody}
          confirm={a.confirmFormalLoss}
          problems={problems('formal-loss')}
          onSubmit={() => props.onRun('formal-loss')}
        >
          {(errorOf) => (
            <TextAreaField
              id={cardFieldIds.formalLossNote}
              label={a.formalLossNote}
              hint={a.formalLossNoteHint}
              error={errorOf(cardFieldIds.formalLossNote)}
              rows={3}
              value={drafts.formalLossNote}
              onChange={(formalLossNote) => props.onDrafts({ formalLossNote })}
            />
          )}
        </StepForm>
      ) : open === 'reset-password' ? (
        <StepForm
          {...common}
          title={a.resetTitle}
          body={a.resetBody}
          confirm={a.confirmReset}
          problems={problems('reset-password')}
          onSubmit={() => props.onRun('reset-password')}
        >
          {(errorOf) => (
            <>
              <PasswordField
                id={cardFieldIds.password}
                label={a.password}
                error={errorOf(cardFieldIds.password)}
                value={drafts.password}
                onChange={(password) => props.onDrafts({ password })}
              />
              <PasswordField
                id={cardFieldIds.passwordAgain}
                label={a.passwordAgain}
                error={errorOf(cardFieldIds.passwordAgain)}
                value={drafts.passwordAgain}
                onChange={(passwordAgain) => props.onDrafts({ passwordAgain })}
              />
            </>
          )}
        </StepForm>
      ) : (
        <ul className="actions">
          {steps.map((step) => (
            <li key={step}>
              <button
                type="button"
                className={step === 'complete' ? 'button' : 'button button--secondary'}
                onClick={() => props.onDrafts({ open: step })}
              >
                {labels[step]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
