import { flushSync } from 'react-dom';
import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';
import { newPeriod, type PeriodAnswers } from './calculator-answers.ts';
import { historyHeadingId, provinceListId } from './calculator-fields.ts';
import { PeriodFields } from './PeriodFields.tsx';
import { useCalculatorT } from './use-calculator-t.ts';

/** The contribution history: one box per period, which the person can add and remove. */
export function HistoryFields(props: {
  history: PeriodAnswers[];
  errors: Map<string, string>;
  onChange: (history: PeriodAnswers[]) => void;
}) {
  const t = useCalculatorT();
  const { history, errors, onChange } = props;
  const listError = errors.get('history');

  const add = () => {
    const key = Math.max(-1, ...history.map((period) => period.key)) + 1;
    // Render the new period now, so that focus can move to its first question.
    flushSync(() => onChange([...history, newPeriod(key)]));
    document.getElementById(provinceListId(`history.${history.length}.region`))?.focus();
  };
  const remove = (index: number) => {
    flushSync(() => onChange(history.filter((_, i) => i !== index)));
    document.getElementById(historyHeadingId)?.focus();
  };
  const update = (index: number, change: Partial<PeriodAnswers>) =>
    onChange(history.map((period, i) => (i === index ? { ...period, ...change } : period)));

  return (
    <section aria-labelledby={historyHeadingId}>
      <h2 id={historyHeadingId} tabIndex={-1}>
        {t.historyHeading}
      </h2>
      <p className="hint">{t.historyHint}</p>
      {listError && <FieldErrorMessage id="history-error" message={listError} />}
      {history.map((period, index) => (
        <PeriodFields
          key={period.key}
          index={index}
          period={period}
          errors={errors}
          onChange={(change) => update(index, change)}
          onRemove={history.length > 1 ? () => remove(index) : undefined}
        />
      ))}
      <p>
        <button type="button" className="button button--secondary" onClick={add}>
          {t.addPeriod}
        </button>
      </p>
    </section>
  );
}
