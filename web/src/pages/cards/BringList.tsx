import type { CancellationReasonCode } from '../../api/cards.ts';
import { useCardsT } from './use-cards-t.ts';

/** What to take to the agency for a cancellation it carries out, and where to go. */
export function BringList({ reason, region }: { reason: CancellationReasonCode; region: string }) {
  const t = useCardsT();
  const documents = t.cancel.bring[reason] ?? [];
  return (
    <section aria-labelledby="bring-title" className="card-bring">
      <h2 id="bring-title">{t.cancel.bringHeading}</h2>
      <ul className="list">
        {documents.map((document) => (
          <li key={document}>{document}</li>
        ))}
        <li>{t.cancel.bringCard}</li>
      </ul>
      <p>
        {t.done.agencyWhere}
        <span lang="zh-CN">{region}</span>
        {t.done.agencySuffix}
      </p>
    </section>
  );
}
