import type { AgencyCard } from '../../api/agency-cards.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { chinaDateTime } from '../../i18n/china-moment.ts';
import { useTexts } from '../agency/use-agency-t.ts';
import { useAgencyCardsT } from './use-agency-cards-t.ts';

/** 任务记录: the card's agency tasks, newest first — what was asked, by whom, how it ended. */
export function AgencyCardTasks({ card }: { card: AgencyCard }) {
  const t = useAgencyCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  const c = t.card;
  if (card.tasks.length === 0) return null;
  return (
    <section aria-labelledby="card-tasks">
      <h2 id="card-tasks">{c.tasks}</h2>
      <ol className="timeline">
        {card.tasks.map((task) => (
          <li key={task.id} className="timeline__item">
            <strong>
              {task.reason
                ? t.queue.taskWithReason(text(task.label), text(task.reason))
                : text(task.label)}
            </strong>
            <br />
            {c.taskRequested(
              chinaDateTime(task.requestedAt, language),
              c.requesters[task.requestedBy],
            )}
            <br />
            {task.closedAt
              ? c.taskClosed(
                  text(task.statusLabel),
                  chinaDateTime(task.closedAt, language),
                  task.closedBy,
                )
              : text(task.statusLabel)}
            {task.note && (
              <>
                <br />
                {c.note(task.note)}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** 办理记录: every action on the card, newest first — what, when, who (the staff member by name). */
export function AgencyCardTimeline({ card }: { card: AgencyCard }) {
  const t = useAgencyCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  const c = t.card;
  const who = ({ actor }: AgencyCard['timeline'][number]) =>
    actor.role === 'holder'
      ? c.holderActor
      : actor.role === 'system'
        ? c.systemActor
        : (actor.displayName ?? c.agencyActor);
  return (
    <section aria-labelledby="card-timeline">
      <h2 id="card-timeline">{c.timeline}</h2>
      <ol className="timeline">
        {card.timeline.map((entry) => (
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
          </li>
        ))}
      </ol>
    </section>
  );
}
