import { Checkbox } from '../../components/Checkbox.tsx';
import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { PeriodAnswers } from './calculator-answers.ts';
import { controlId } from './calculator-fields.ts';
import { RegionQuestion } from './RegionQuestion.tsx';
import { useCalculatorT } from './use-calculator-t.ts';

/** One contribution period: where, from when to when, at what wage and on what terms. */
export function PeriodFields(props: {
  index: number;
  period: PeriodAnswers;
  /** The messages of the form's fields, by the path of the field in the request. */
  errors: Map<string, string>;
  onChange: (change: Partial<PeriodAnswers>) => void;
  /** Absent when this is the only period. */
  onRemove?: () => void;
}) {
  const t = useCalculatorT();
  const { index, period, errors, onChange } = props;
  const path = `history.${index}`;
  const at = (field: string) => `${path}.${field}`;
  const periodError = errors.get(path);
  return (
    <fieldset
      className={periodError ? 'period period--error' : 'period'}
      id={controlId(path)}
      tabIndex={-1}
      aria-describedby={periodError ? `${controlId(path)}-error` : undefined}
    >
      <legend className="period__legend">{t.periodLegend(index + 1)}</legend>
      {periodError && <FieldErrorMessage id={`${controlId(path)}-error`} message={periodError} />}
      <RegionQuestion
        path={at('region')}
        legend={t.periodRegion}
        error={errors.get(at('region'))}
        value={period.region}
        onChange={(region) => onChange({ region })}
      />
      <div className="month-range">
        <TextField
          id={controlId(at('from'))}
          label={t.fromMonth}
          hint={t.monthHint}
          error={errors.get(at('from'))}
          value={period.from}
          onChange={(from) => onChange({ from })}
          inputMode="numeric"
          short
        />
        <TextField
          id={controlId(at('to'))}
          label={t.toMonth}
          hint={t.monthHint}
          error={errors.get(at('to'))}
          value={period.to}
          onChange={(to) => onChange({ to })}
          inputMode="numeric"
          short
        />
      </div>
      <TextField
        id={controlId(at('monthlyBaseFen'))}
        label={t.wage}
        hint={t.wageHint}
        error={errors.get(at('monthlyBaseFen'))}
        value={period.wageYuan}
        onChange={(wageYuan) => onChange({ wageYuan })}
        inputMode="decimal"
        short
      />
      <RadioGroup
        name={controlId(at('insuredAs'))}
        legend={t.insuredAs}
        error={errors.get(at('insuredAs'))}
        options={[
          { value: 'employee', label: t.insuredEmployee },
          { value: 'individual', label: t.insuredIndividual },
        ]}
        value={period.insuredAs}
        onChange={(value) => onChange({ insuredAs: value === 'individual' ? value : 'employee' })}
      />
      <RadioGroup
        name={controlId(at('accountKind'))}
        legend={t.accountKind}
        hint={t.accountKindHint}
        error={errors.get(at('accountKind'))}
        options={[
          { value: 'normal', label: t.accountNormal },
          { value: 'temporary', label: t.accountTemporary },
        ]}
        value={period.accountKind}
        onChange={(value) => onChange({ accountKind: value === 'temporary' ? value : 'normal' })}
      />
      <TextField
        id={controlId(at('employerRateBp'))}
        label={t.employerRate}
        hint={t.employerRateHint}
        error={errors.get(at('employerRateBp'))}
        value={period.employerRatePercent}
        onChange={(employerRatePercent) => onChange({ employerRatePercent })}
        inputMode="decimal"
        short
      />
      <Checkbox
        id={controlId(at('deemed'))}
        label={t.deemed}
        hint={t.deemedHint}
        error={errors.get(at('deemed'))}
        checked={period.deemed}
        onChange={(deemed) => onChange({ deemed })}
      />
      {props.onRemove && (
        <button type="button" className="button button--secondary" onClick={props.onRemove}>
          {t.removePeriod}
          <span className="visually-hidden">{t.removePeriodWhich(index + 1)}</span>
        </button>
      )}
    </fieldset>
  );
}
