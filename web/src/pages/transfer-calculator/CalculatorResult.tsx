import { Link } from 'react-router';
import { formatYuan } from '../../../../domain/transfer/plain-text.ts';
import type { TransferCalculation } from '../../api/client.ts';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { usePlaceNameLang } from '../transfer-destination/use-place-name-lang.ts';
import { calculatorPath } from './calculator-answers.ts';
import { useCalculatorT } from './use-calculator-t.ts';

type Entry = TransferCalculation['explanation'][number];

const DECISION_PREFIXES = ['TEMPORARY_ACCOUNT_', 'BENEFIT_PLACE_', 'MINIMUM_15_YEARS_'];

/** The answer in plain words: the amounts, the temporary account, the benefit place, the rules. */
export function CalculatorResult(props: {
  result: TransferCalculation;
  /** The answers started from the person's own recorded history. */
  fromRecord: boolean;
  onStartAgain: () => void;
}) {
  const t = useT();
  const c = useCalculatorT();
  const r = c.result;
  const { language } = useLanguage();
  const placeLang = usePlaceNameLang();
  const heading = usePageHeading(r.title);
  const { result } = props;
  const text = (entry: Entry | undefined) => (language === 'zh-CN' ? entry?.zh : entry?.en);
  const entryFor = (prefix: string) => result.explanation.find((e) => e.code.startsWith(prefix));
  const yuan = (fen: number) => r.yuan(formatYuan(fen));
  // The entries about the money; the three decisions have their own sections below.
  const fundEntries = result.explanation.filter(
    (entry) => !DECISION_PREFIXES.some((prefix) => entry.code.startsWith(prefix)),
  );
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {r.title}
      </h1>
      <div className="status-panel status-panel--amounts">
        <p className="amount-total">
          <span className="amount-total__label">{r.totalLabel}</span>
          <span className="amount-total__value">{yuan(result.totalFen)}</span>
        </p>
        <dl className="summary-list">
          <dt>{r.pooledFund}</dt>
          <dd>{yuan(result.pooledFundFen)}</dd>
          <dt>{r.individualAccount}</dt>
          <dd>{yuan(result.individualAccountPrincipalFen)}</dd>
          <dt>{r.total}</dt>
          <dd>{yuan(result.totalFen)}</dd>
        </dl>
      </div>

      <h2>{r.temporaryHeading}</h2>
      <p>
        <strong className={result.temporaryAccount ? 'tag tag--notice' : 'tag'}>
          {result.temporaryAccount ? r.temporaryYes : r.temporaryNo}
        </strong>
      </p>
      <p>{text(entryFor('TEMPORARY_ACCOUNT_'))}</p>

      <h2>{r.benefitHeading}</h2>
      <p className="benefit-place" lang={placeLang}>
        {result.benefitRegionName}
      </p>
      <p>{text(entryFor('BENEFIT_PLACE_'))}</p>

      <h2>{r.yearsHeading}</h2>
      <p>
        <strong className="tag">
          {result.meetsMonthlyPensionMinimum ? r.minimumReached : r.minimumNotReached}
        </strong>
      </p>
      <p>{text(entryFor('MINIMUM_15_YEARS_'))}</p>

      <h2>{r.howHeading}</h2>
      <ul className="explanation">
        {fundEntries.map((entry) => (
          <li key={entry.code}>{text(entry)}</li>
        ))}
      </ul>
      {props.fromRecord && <p>{c.record.resultSource}</p>}
      <p className="notice">{r.estimateNotice}</p>

      <ul className="actions">
        <li>
          <Link to={calculatorPath}>{r.change}</Link>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={props.onStartAgain}>
            {r.startAgain}
          </button>
        </li>
        <li>
          <Link to="/">{t.common.home}</Link>
        </li>
      </ul>
    </>
  );
}
