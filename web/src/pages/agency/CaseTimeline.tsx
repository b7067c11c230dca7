import type { AgencyCase } from '../../api/agency.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { chinaDateTime } from '../../i18n/china-moment.ts';
import { useAgencyT, useTexts } from './use-agency-t.ts';

type Entry = AgencyCase['timeline'][number];

/** 办理记录: every step, newest first — what, when, who for which agency, why, and what is due next. */
export function CaseTimeline({ timeline }: { timeline: AgencyCase['timeline'] }) {
  const t = useAgencyT();
  const text = useTexts();
  const { language } = useLanguage();
  const c = t.case;
  const who = ({ actor }: Entry) => {
    if (actor.role === 'applicant') return c.applicantActor;
    if (actor.role === 'system') return c.systemActor;
    const agency = actor.agency ? (actor.agency.agencyName ?? actor.agency.name) : null;
    return [actor.displayName, agency && `（${agency}）`].filter(Boolean).join('');
  };
  return (
    <section aria-labelledby="case-timeline">
      <h2 id="case-timeline">{c.timeline}</h2>
      <ol className="timeline">
        {timeline.map((entry) => (
          <li key={entry.seq} className="timeline__item">
            <strong>{text(entry.label)}</strong>
            <br />
            {chinaDateTime(entry.at, language)} · {c.by(who(entry))}
            {entry.reason && (
              <>
                <br />
                {c.reason(text(entry.reason))}
              </>
            )}
            {entry.note && (
              <>
                <br />
                {c.note(entry.note)}
              </>
            )}
            {entry.deadlineOn && (
              <>
                <br />
                {(entry.deadlineProvisional ? c.provisionalStepDeadline : c.stepDeadline)(
                  formatDate(entry.deadlineOn, language),
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
