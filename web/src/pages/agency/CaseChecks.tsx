import { explainRejectionReason } from '../../../../domain/transfer/rejection-reasons.ts';
import type { AgencyCase } from '../../api/agency.ts';
import { refusesAfterAcceptance } from './step-forms.ts';
import { useAgencyT, useTexts } from './use-agency-t.ts';

/**
 * 自动核查: each background check with its result in words and a mark (通过 ✓ / 未通过 ✗, never
 * colour alone), why it failed, the rejection reason that fits, and the evidence it read.
 */
export function CaseChecks({ agencyCase }: { agencyCase: AgencyCase }) {
  const { checks } = agencyCase;
  const t = useAgencyT();
  const text = useTexts();
  const c = t.case;
  // The reason is one the viewer would give: 不予受理 or, once the case is accepted, 不予办理.
  const suggested = refusesAfterAcceptance(agencyCase)
    ? t.actions.refusalAfterAcceptance.suggested
    : c.suggested;
  const failed = checks.filter((check) => check.result === 'fail').length;
  return (
    <section aria-labelledby="case-checks">
      <h2 id="case-checks">{c.checks}</h2>
      <p className="hint">{c.checksHint}</p>
      <p>
        <strong>{c.checksSummary(failed, checks.length)}</strong>
      </p>
      <ul className="checks">
        {checks.map((check) => (
          <li key={check.code} className={`check check--${check.result}`}>
            <h3 className="check__title">
              <span className={`check-result check-result--${check.result}`}>
                <span aria-hidden="true">{check.result === 'pass' ? '✓' : '✗'}</span>{' '}
                {check.result === 'pass' ? c.pass : c.fail}
              </span>{' '}
              {text(check.label)}
            </h3>
            {check.explanation && <p>{text(check.explanation)}</p>}
            {check.suggestedRejection && (
              <p>{suggested(text(explainRejectionReason(check.suggestedRejection)))}</p>
            )}
            <p className="check__evidence-title">{c.evidence}</p>
            {check.evidence.length === 0 ? (
              <p className="hint">{c.noEvidence}</p>
            ) : (
              <dl className="check__evidence">
                {check.evidence.map((item, index) => (
                  <div key={index} className="check__evidence-row">
                    <dt>{text(item.label)}</dt>
                    <dd>{text(item.value)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
