import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatYuan } from '../../../../domain/transfer/plain-text.ts';
import type { ApiFailure } from '../../api/api-failure.ts';
import type { TransferOutResult } from '../../api/agency.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import type { CaseStep } from './CaseActions.tsx';
import { useAgencyT } from './use-agency-t.ts';

/** What came of the last step on the page: done (with the amounts of a transfer out), or not. */
export type StepOutcome =
  | { kind: 'done'; step: CaseStep; amounts?: TransferOutResult['amounts'] }
  | { kind: 'failed'; step: CaseStep; failure: ApiFailure }
  | { kind: 'reloaded' };

/**
 * The message after a step, which takes the focus so that it is read at once. A conflict (409:
 * someone else acted first, or the page is stale) says so plainly and offers to reload the case;
 * what was typed stays on the page.
 */
export function StepOutcomeMessage(props: {
  outcome: StepOutcome;
  reloadTo: string;
  onReload: () => void;
}) {
  const t = useAgencyT();
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
  if (outcome.kind === 'done') {
    const done = {
      accept: a.accepted,
      reject: a.rejected,
      'transfer-out': a.transferredOut,
      complete: a.completed,
    }[outcome.step];
    return (
      <div className="notice notice--success" role="status" ref={box} tabIndex={-1}>
        <p>{done}</p>
        {outcome.amounts && <TransferredAmounts amounts={outcome.amounts} />}
      </div>
    );
  }
  const { failure } = outcome;
  if (failure.status === 409)
    return (
      <div className="problem" role="alert" ref={box} tabIndex={-1}>
        <h2 className="problem__title">{a.conflictTitle}</h2>
        <p>{failure.code === 'ILLEGAL_TRANSITION' ? a.illegal : a.conflict}</p>
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
