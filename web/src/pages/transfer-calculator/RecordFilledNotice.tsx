import { useLanguage } from '../../i18n/language-context.tsx';
import { formatMonth, type RecordFill } from './record-answers.ts';
import { useCalculatorT } from './use-calculator-t.ts';

/** The id of the notice, which takes focus once the record is filled in. */
export const recordNoticeId = 'own-record';

/**
 * Where the answers came from, in plain words: what the record filled in, what it did not know
 * and the person must answer, and that anything can still be changed before calculating.
 */
export function RecordFilledNotice({ fill }: { fill: RecordFill }) {
  const t = useCalculatorT().record;
  const { language } = useLanguage();
  return (
    <section
      className="status-panel status-panel--future"
      id={recordNoticeId}
      tabIndex={-1}
      aria-labelledby={`${recordNoticeId}-heading`}
    >
      <h2 className="status-panel__title" id={`${recordNoticeId}-heading`}>
        {t.filledHeading}
      </h2>
      <p>{t.filledPerson}</p>
      <p>
        {fill.periods > 0 && fill.lastMonth
          ? t.filledPeriods(fill.periods, formatMonth(fill.lastMonth, language))
          : t.noPeriods}
      </p>
      <ul>
        <li>{fill.fromRegionKnown ? t.fromKnown : t.fromUnknown}</li>
        <li>{fill.destinationRegionKnown ? t.destinationKnown : t.destinationUnknown}</li>
        {fill.transferDateToday && <li>{t.transferDateToday}</li>}
      </ul>
      <p>
        <strong>{t.canChange}</strong>
      </p>
    </section>
  );
}
