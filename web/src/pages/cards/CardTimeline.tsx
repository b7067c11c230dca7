import type { Card } from '../../api/cards.ts';
import { chinaDate, chinaTime } from '../../i18n/china-moment.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useCardsT, useTexts } from './use-cards-t.ts';

/** 办理记录: the card's actions, newest first, with who acted and when — the list every channel reads. */
export function CardTimeline({ card }: { card: Card }) {
  const t = useCardsT();
  const text = useTexts();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="card-timeline-title">
      <h2 id="card-timeline-title">{t.card.timeline}</h2>
      <p className="hint">{t.card.timelineIntro}</p>
      <ol className="timeline">
        {card.timeline.map((entry) => (
          <li key={entry.seq} className="timeline__item">
            <strong>{text(entry.label)}</strong>
            <br />
            {t.card.byWho(
              text(entry.actor.label),
              chinaDate(entry.at, language),
              chinaTime(entry.at),
            )}
            {entry.reason && (
              <>
                <br />
                {t.card.reason(text(entry.reason))}
              </>
            )}
            {entry.note && (
              <>
                <br />
                {t.card.note(entry.note)}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
