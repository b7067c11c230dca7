import type { AgencyCardTask } from '../../api/agency-cards.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { chinaDateTime } from '../../i18n/china-moment.ts';
import { useTexts } from '../agency/use-agency-t.ts';
import { useAgencyCardsT } from './use-agency-cards-t.ts';

/** 待办任务: what the card waits for at this agency, why, and since when. */
export function OpenTask({ task }: { task: AgencyCardTask }) {
  const t = useAgencyCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  const c = t.card;
  return (
    <section aria-labelledby="open-task" className="notice">
      <h2 id="open-task" className="notice__title">
        {c.taskHeading(text(task.label))}
      </h2>
      {task.reason && <p>{c.taskReason(text(task.reason))}</p>}
      <p>
        {c.taskRequested(chinaDateTime(task.requestedAt, language), c.requesters[task.requestedBy])}
      </p>
    </section>
  );
}
