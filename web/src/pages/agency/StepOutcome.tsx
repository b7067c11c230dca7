import { formatYuan } from '../../../../domain/transfer/plain-text.ts';
import type { ApiFailure } from '../../api/api-failure.ts';
import type { AgencyCase, TransferOutResult } from '../../api/agency.ts';
import type { CaseStep } from './CaseActions.tsx';
import { OutcomeMessage } from './OutcomeMessage.tsx';
import { actionTextsFor } from './step-forms.ts';
import { useAgencyT } from './use-agency-t.ts';

/** What came of the last step on the page: done (with the amounts of a transfer out), or not. */
export type StepOutcome =
  | { kind: 'done'; step: CaseStep; amounts?: TransferOutResult['amounts'] }
  | { kind: 'failed'; step: CaseStep; failure: ApiFailure }
  | { kind: 'reloaded' };

/** The message after a case's step; a refused one offers to reload the case. */
export function StepOutcomeMessage(props: {
  outcome: StepOutcome;
  /** The case as it reads now, whose stage names a rejection (actionTextsFor). */
  agencyCase: AgencyCase | null;
  reloadTo: string;
  onReload: () => void;
}) {
  const { outcome, agencyCase, ...rest } = props;
  const a = actionTextsFor(useAgencyT().actions, agencyCase);
  const doneText: Record<CaseStep, string> = {
    accept: a.accepted,
    reject: a.rejected,
    'transfer-out': a.transferredOut,
    complete: a.completed,
  };
  const done = outcome.kind === 'done' && (
    <>
      <p>{doneText[outcome.step]}</p>
      {outcome.amounts && <TransferredAmounts amounts={outcome.amounts} />}
    </>
  );
  return (
    <OutcomeMessage
      {...rest}
      outcome={outcome}
      texts={a}
      done={done}
      notAllowed={{ code: 'ILLEGAL_TRANSITION', text: a.illegal }}
    />
  );
}

function TransferredAmounts({ amounts }: { amounts: TransferOutResult['amounts'] }) {
  const t = useAgencyT();
  const c = t.case;
  return (
    <>
      <h2 className="notice__title">{c.amounts}</h2>
      {amounts.basis !== 'calculated' && <p>{c.amountBasis[amounts.basis]}</p>}
      <dl className="summary-list case-list">
        <dt>{c.pooledFund}</dt>
        <dd>{c.yuan(formatYuan(amounts.pooledFundFen))}</dd>
        <dt>{c.individualAccount}</dt>
        <dd>{c.yuan(formatYuan(amounts.individualAccountFen))}</dd>
        <dt>{c.total}</dt>
        <dd>
          <strong>{c.yuan(formatYuan(amounts.totalFen))}</strong>
        </dd>
      </dl>
    </>
  );
}
