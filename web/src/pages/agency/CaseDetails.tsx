import { schemeNames } from '../../../../domain/schemes.ts';
import type { AgencyCase } from '../../api/agency.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { chinaDateTime } from '../../i18n/china-moment.ts';
import { DeadlineStanding } from './DeadlineStanding.tsx';
import { RegionName } from './QueueTable.tsx';
import { RevealValue } from './RevealValue.tsx';
import type { RevealReasons } from './case-drafts.ts';
import { useAgencyT, useTexts } from './use-agency-t.ts';
import { formatDate } from '../../i18n/format-date.ts';

/** 概况: status, scheme, the two places and their agencies, and the next step's deadline. */
export function CaseSummary({ agencyCase }: { agencyCase: AgencyCase }) {
  const t = useAgencyT();
  const text = useTexts();
  const { language } = useLanguage();
  const c = t.case;
  return (
    <section aria-labelledby="case-summary">
      <h2 id="case-summary">{c.summary}</h2>
      <dl className="summary-list case-list">
        <dt>{c.status}</dt>
        <dd>
          <strong className="tag">{text(agencyCase.statusLabel)}</strong>
        </dd>
        <dt>{c.nextDeadline}</dt>
        <dd>
          {agencyCase.nextStep ? (
            <>
              {formatDate(agencyCase.nextStep.deadlineOn, language)}
              {agencyCase.nextStep.deadlineProvisional && t.deadline.provisional}{' '}
              <DeadlineStanding
                state={agencyCase.nextStep.deadlineState}
                workingDaysLeft={agencyCase.nextStep.workingDaysLeft}
                deadlineOn={agencyCase.nextStep.deadlineOn}
              />
              {agencyCase.nextStep.deadlineProvisional && (
                <>
                  <br />
                  <span className="hint">{t.deadline.provisionalExplained}</span>
                </>
              )}
            </>
          ) : (
            t.deadline.none
          )}
        </dd>
        <dt>{c.scheme}</dt>
        <dd>{text(schemeNames[agencyCase.scheme])}</dd>
        <dt>{c.from}</dt>
        <dd>
          <RegionName region={agencyCase.fromRegion} />
        </dd>
        <dt>{c.to}</dt>
        <dd>
          <RegionName region={agencyCase.toRegion} />
        </dd>
        <dt>{c.submitted}</dt>
        <dd>{chinaDateTime(agencyCase.submittedAt, language)}</dd>
        <dt>{c.yourSides}</dt>
        <dd>
          {agencyCase.sides.map((side) => c.sides[side]).join(language === 'zh-CN' ? '、' : ', ')}
        </dd>
      </dl>
    </section>
  );
}

/** 申请人 and 申请表内容: masked as the server sends them, each revealable with a reason. */
export function ApplicantDetails(props: {
  agencyCase: AgencyCase;
  reasons: RevealReasons;
  onReasonChange: (field: keyof RevealReasons, reason: string) => void;
}) {
  const t = useAgencyT();
  const c = t.case;
  const { agencyCase, reasons } = props;
  const { applicant, form } = agencyCase;
  const canReveal = agencyCase.availableActions.includes('reveal');
  const reveal = (field: keyof RevealReasons, masked: string) =>
    canReveal ? (
      <RevealValue
        caseId={agencyCase.id}
        field={field}
        masked={masked}
        reason={reasons[field]}
        onReasonChange={(reason) => props.onReasonChange(field, reason)}
      />
    ) : (
      masked
    );
  return (
    <>
      <section aria-labelledby="case-applicant">
        <h2 id="case-applicant">{c.applicant}</h2>
        <dl className="summary-list case-list">
          <dt>{c.name}</dt>
          <dd>{applicant.name}</dd>
          <dt>{c.citizenId}</dt>
          <dd>{reveal('citizenId', applicant.citizenId)}</dd>
          <dt>{c.sex}</dt>
          <dd>{c.sexes[applicant.sex]}</dd>
          <dt>{c.hukou}</dt>
          <dd>{applicant.hukouRegion.name}</dd>
        </dl>
      </section>
      <section aria-labelledby="case-form">
        <h2 id="case-form">{c.form}</h2>
        <dl className="summary-list case-list">
          <dt>{c.contactPhone}</dt>
          <dd>{reveal('contactPhone', form.contactPhone)}</dd>
          <dt>{c.address}</dt>
          <dd>{form.address}</dd>
          <dt>{c.postCode}</dt>
          <dd>{form.postCode}</dd>
          <dt>{c.formerPersonalNumber}</dt>
          <dd>{form.formerPersonalNumber ?? c.none}</dd>
          <dt>{c.agent}</dt>
          <dd>{form.agent ? `${form.agent.name} ${form.agent.phone}` : c.none}</dd>
          <dt>{c.channel}</dt>
          <dd>{c.channels[form.channel]}</dd>
        </dl>
      </section>
    </>
  );
}
