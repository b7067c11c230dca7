import type { FormEvent, ReactNode } from 'react';
import type { ApiFailure } from '../../api/api-failure.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import type { CalculatorAnswers } from './calculator-answers.ts';
import { controlId } from './calculator-fields.ts';
import { HistoryFields } from './HistoryFields.tsx';
import { RegionQuestion } from './RegionQuestion.tsx';
import { useCalculatorT } from './use-calculator-t.ts';

/** The calculator's questions on one page: the person, the move, then the contribution history. */
export function CalculatorForm(props: {
  answers: CalculatorAnswers;
  onChange: (change: Partial<CalculatorAnswers>) => void;
  errors: Map<string, string>;
  summary: FieldError[];
  failedSubmits: number;
  submitting: boolean;
  failure: ApiFailure | null;
  onSubmit: () => void;
  /** Offers the signed-in person's own record, or says where the answers came from. */
  ownRecord: ReactNode;
}) {
  const c = useCalculatorT();
  const { answers, onChange, errors } = props;
  const heading = usePageHeading(c.title, props.summary.length > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <>
      <ErrorSummary errors={props.summary} attempt={props.failedSubmits} />
      <h1 ref={heading} tabIndex={-1}>
        {c.title}
      </h1>
      <p className="lead">{c.intro}</p>
      <p>{c.notStored}</p>
      {props.ownRecord}
      <form onSubmit={submit} noValidate>
        <h2>{c.personHeading}</h2>
        <RadioGroup
          name={controlId('person.sex')}
          legend={c.sex}
          error={errors.get('person.sex')}
          options={[
            { value: 'male', label: c.male },
            { value: 'female', label: c.female },
          ]}
          value={answers.sex || null}
          onChange={(sex) => onChange({ sex: sex === 'female' ? 'female' : 'male' })}
        />
        <TextField
          id={controlId('person.birthDate')}
          label={c.birthDate}
          hint={c.birthDateHint}
          error={errors.get('person.birthDate')}
          value={answers.birthDate}
          onChange={(birthDate) => onChange({ birthDate })}
          autoComplete="bday"
          short
        />
        <RegionQuestion
          path="person.hukouRegion"
          legend={c.hukouRegion}
          hint={c.hukouRegionHint}
          error={errors.get('person.hukouRegion')}
          value={answers.hukouRegion}
          onChange={(hukouRegion) => onChange({ hukouRegion })}
        />
        <h2>{c.moveHeading}</h2>
        <RegionQuestion
          path="fromRegion"
          legend={c.fromRegion}
          hint={c.fromRegionHint}
          error={errors.get('fromRegion')}
          value={answers.fromRegion}
          onChange={(fromRegion) => onChange({ fromRegion })}
        />
        <RegionQuestion
          path="destinationRegion"
          legend={c.destinationRegion}
          hint={c.destinationRegionHint}
          error={errors.get('destinationRegion')}
          value={answers.destinationRegion}
          onChange={(destinationRegion) => onChange({ destinationRegion })}
        />
        <TextField
          id={controlId('transferDate')}
          label={c.transferDate}
          hint={c.transferDateHint}
          error={errors.get('transferDate')}
          value={answers.transferDate}
          onChange={(transferDate) => onChange({ transferDate })}
          short
        />
        <Checkbox
          id={controlId('officialTransfer')}
          label={c.officialTransfer}
          hint={c.officialTransferHint}
          error={errors.get('officialTransfer')}
          checked={answers.officialTransfer}
          onChange={(officialTransfer) => onChange({ officialTransfer })}
        />
        <HistoryFields
          history={answers.history}
          errors={errors}
          onChange={(history) => onChange({ history })}
        />
        {props.failure && <ApiProblem failure={props.failure} onRetry={props.onSubmit} />}
        <button type="submit" className="button" aria-disabled={props.submitting || undefined}>
          {c.submit}
        </button>
        <p className="loading" role="status">
          {props.submitting ? c.calculating : ''}
        </p>
      </form>
    </>
  );
}
