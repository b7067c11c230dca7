import { useEffect, useRef } from 'react';
import type { AgencyCase } from '../../api/agency.ts';
import type { CaseDrafts, OpenStep } from './case-drafts.ts';
import { RejectForm } from './RejectForm.tsx';
import { actionTextsFor, type RejectionDraft } from './step-forms.ts';
import { useAgencyT } from './use-agency-t.ts';

export type CaseStep = NonNullable<OpenStep>;
const stepOrder: CaseStep[] = ['accept', 'transfer-out', 'complete', 'reject'];

/** The steps this agency may take on the case now (the server's `availableActions`). */
export const openSteps = (agencyCase: AgencyCase): CaseStep[] =>
  stepOrder.filter((step) => agencyCase.availableActions.includes(step));

/**
 * 办理: the buttons of the steps open now; each asks first — a confirmation for accept, transfer
 * out and complete, the reason and explanation for a rejection — and only then acts. A rejection
 * is 不予受理 before the case is accepted and 不予办理 after (actionTextsFor).
 */
export function CaseActions(props: {
  agencyCase: AgencyCase;
  drafts: CaseDrafts;
  onOpen: (step: OpenStep) => void;
  onRejectionChange: (draft: RejectionDraft) => void;
  busy: boolean;
  onRun: (step: CaseStep) => void;
}) {
  const t = useAgencyT();
  const { agencyCase, drafts } = props;
  const a = actionTextsFor(t.actions, agencyCase);
  const steps = openSteps(agencyCase);
  const open = drafts.open !== null && steps.includes(drafts.open) ? drafts.open : null;
  const waiting = a.waitingFor[agencyCase.status as keyof typeof a.waitingFor] as
    string | undefined;
  const labels: Record<CaseStep, string> = {
    accept: a.accept,
    reject: a.reject,
    'transfer-out': a.transferOut,
    complete: a.complete,
  };
  const confirmations = {
    accept: { title: a.acceptTitle, body: a.acceptBody, confirm: a.acceptConfirm },
    'transfer-out': {
      title: a.transferOutTitle,
      body: a.transferOutBody,
      confirm: a.transferOutConfirm,
    },
    complete: { title: a.completeTitle, body: a.completeBody, confirm: a.completeConfirm },
  };

  return (
    <section aria-labelledby="case-actions" className="case-actions">
      <h2 id="case-actions">{a.heading}</h2>
      {steps.length === 0 ? (
        <p>
          {a.noneOpen}
          {waiting && ` ${waiting}`}
        </p>
      ) : open === 'reject' ? (
        <RejectForm
          texts={a}
          draft={drafts.rejection}
          onChange={props.onRejectionChange}
          busy={props.busy}
          onSubmit={() => props.onRun('reject')}
          onCancel={() => props.onOpen(null)}
        />
      ) : open !== null ? (
        <ConfirmStep
          {...confirmations[open]}
          busy={props.busy}
          working={a.working}
          cancel={a.cancel}
          onConfirm={() => props.onRun(open)}
          onCancel={() => props.onOpen(null)}
        />
      ) : (
        <ul className="actions">
          {steps.map((step) => (
            <li key={step}>
              <button
                type="button"
                className={step === 'reject' ? 'button button--secondary' : 'button'}
                onClick={() => props.onOpen(step)}
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

/** The question before a step that needs no more input: what it does, then yes or cancel. */
function ConfirmStep(props: {
  title: string;
  body: string;
  confirm: string;
  working: string;
  cancel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  // Opened, the question takes the focus, so that keyboard and screen-reader users are in it.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <div className="step-panel" role="group" aria-labelledby="step-title">
      <h3 className="step-panel__title" id="step-title" ref={title} tabIndex={-1}>
        {props.title}
      </h3>
      <p>{props.body}</p>
      <ul className="actions">
        <li>
          <button
            type="button"
            className="button"
            aria-disabled={props.busy || undefined}
            onClick={props.onConfirm}
          >
            {props.busy ? props.working : props.confirm}
          </button>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {props.cancel}
          </button>
        </li>
      </ul>
    </div>
  );
}
