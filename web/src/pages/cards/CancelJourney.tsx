import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { cardChanges, type HolderCancellationReason } from '../../api/cards.ts';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { RadioGroup, radioId } from '../../components/RadioGroup.tsx';
import { BringList } from './BringList.tsx';
import type { ActionPageProps } from './CardActionPage.tsx';
import { holderReasons, parseReason } from './card-offers.ts';
import { actionUrl } from './card-paths.ts';
import { RealPersonGate } from './RealPersonGate.tsx';
import { useCardsT, useTexts } from './use-cards-t.ts';

/** Router state of the reason page when the person comes back to change the reason. */
interface ChangeReasonState {
  chosen: string;
}

const chosenOf = (state: unknown): string | null => {
  const chosen = (state as Partial<ChangeReasonState> | null)?.chosen;
  return typeof chosen === 'string' ? chosen : null;
};

/**
 * 注销: the reason from the legal list (one question), then check and confirm. The chosen reason
 * lives in the address, so proving it is you on the way comes back to the same step.
 */
export function CancelJourney(props: ActionPageProps) {
  const [params] = useSearchParams();
  const reason = parseReason(props.card, params.get('reason'));
  return reason ? <CheckCancellation {...props} reason={reason} /> : <ChooseReason {...props} />;
}

function ChooseReason(props: ActionPageProps) {
  const t = useCardsT();
  const text = useTexts();
  const navigate = useNavigate();
  const { state } = useLocation();
  const { card } = props;
  const reasons = holderReasons(card);
  const [chosen, setChosen] = useState<string | null>(() => parseReason(card, chosenOf(state)));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const firstField = radioId('reason', reasons[0]?.code ?? 'none');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const picked = reasons.find((reason) => reason.code === chosen);
    const message = !picked
      ? t.cancel.reasonMissing
      : picked.availableNow
        ? null
        : ((picked.refusal && t.cancel.refusals[picked.refusal]) ?? t.cancel.refusedOther);
    props.showingErrors(message !== null);
    if (message) {
      setErrors([{ fieldId: picked ? radioId('reason', picked.code) : firstField, message }]);
      setAttempt((n) => n + 1);
      return;
    }
    navigate(actionUrl(card.id, 'cancel', picked!.code as HolderCancellationReason));
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      <RadioGroup
        name="reason"
        legend={t.cancel.reasonLegend}
        hint={t.cancel.reasonHint}
        error={errors[0]?.message}
        options={reasons.map((reason) => ({
          value: reason.code,
          label: t.cancel.reasonOption(
            text(reason),
            reason.handling === 'online' ? t.cancel.online : t.cancel.agency,
          ),
        }))}
        value={chosen}
        onChange={setChosen}
      />
      <button type="submit" className="button">
        {t.cancel.continue}
      </button>
    </form>
  );
}

function CheckCancellation(props: ActionPageProps & { reason: HolderCancellationReason }) {
  const t = useCardsT();
  const text = useTexts();
  const { card, reason } = props;
  const chosen = holderReasons(card).find((r) => r.code === reason)!;
  const online = chosen.handling === 'online';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.send((current) => cardChanges.cancel(current.id, current.version, reason));
  };
  const change: ChangeReasonState = { chosen: reason };
  return (
    <>
      <dl className="summary-list check-answers">
        <div className="check-answers__row">
          <dt>{t.cancel.reasonLabel}</dt>
          <dd>{text(chosen)}</dd>
          <dd>
            <Link to={actionUrl(card.id, 'cancel')} state={change}>
              {t.cancel.change}
              <span className="visually-hidden"> {t.cancel.reasonLabel}</span>
            </Link>
          </dd>
        </div>
      </dl>
      <p>{online ? t.cancel.onlineWhat : t.cancel.agencyWhat}</p>
      {!online && <BringList reason={reason} region={card.issuingRegion.name} />}
      <RealPersonGate account={props.account} here={props.here}>
        <form onSubmit={submit} noValidate>
          <button
            type="submit"
            className="button button--warning"
            aria-disabled={props.busy || undefined}
          >
            {t.cancel.submit}
          </button>
        </form>
      </RealPersonGate>
    </>
  );
}
