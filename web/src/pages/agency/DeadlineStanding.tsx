import type { DeadlineState } from '../../api/agency.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useAgencyT } from './use-agency-t.ts';

/** The mark before a standing: read as text too, so the flag never depends on colour alone. */
const marks: Record<DeadlineState, string> = { overdue: '!', 'due-soon': '◷', 'on-time': '' };

/**
 * How a step stands against its legal deadline: the flag (已逾期 / 即将到期, in words with a
 * mark and a border, never by colour alone) and the working-day countdown.
 */
export function DeadlineStanding(props: {
  state: DeadlineState | null;
  workingDaysLeft: number | null;
  deadlineOn?: string | null;
  showDate?: boolean;
}) {
  const t = useAgencyT();
  const { language } = useLanguage();
  const { state, workingDaysLeft: left } = props;
  if (props.deadlineOn === null || state === null) return <>{t.deadline.none}</>;
  const countdown =
    left === null
      ? t.deadline.noCalendar
      : left < 0
        ? t.deadline.overdueBy(-left)
        : left === 0
          ? t.deadline.lastDay
          : t.deadline.daysLeft(left);
  return (
    <span className="deadline-standing">
      {state !== 'on-time' && (
        <strong className={`deadline-flag deadline-flag--${state}`}>
          <span aria-hidden="true" className="deadline-flag__mark">
            {marks[state]}
          </span>
          {t.deadline.states[state]}
        </strong>
      )}{' '}
      <span className="deadline-standing__countdown">{countdown}</span>
      {props.showDate && props.deadlineOn && (
        <span className="deadline-standing__date">
          {' '}
          ({t.deadline.on(formatDate(props.deadlineOn, language))})
        </span>
      )}
    </span>
  );
}
