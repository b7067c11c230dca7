import { formatYuan } from '../../../../domain/transfer/plain-text.ts';
import type { AgencyCase } from '../../api/agency.ts';
import { RegionName } from './QueueTable.tsx';
import { useAgencyT } from './use-agency-t.ts';

/** 参保关系: the person's relationships in the case's scheme, oldest first, as recorded today. */
export function CaseRelationships({
  relationships,
}: {
  relationships: AgencyCase['relationships'];
}) {
  const t = useAgencyT();
  const c = t.case;
  const h = c.relationshipColumns;
  return (
    <section aria-labelledby="case-relationships">
      <h2 id="case-relationships">{c.relationships}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{h.region}</th>
            <th scope="col">{h.status}</th>
            <th scope="col">{h.account}</th>
            <th scope="col">{h.period}</th>
            <th scope="col">{h.months}</th>
            <th scope="col">{h.arrears}</th>
          </tr>
        </thead>
        <tbody>
          {relationships.map((r, index) => (
            <tr key={index}>
              <th scope="row" data-label={h.region}>
                <RegionName region={r.region} />
              </th>
              <td data-label={h.status}>{c.relationshipStatuses[r.status]}</td>
              <td data-label={h.account}>{c.accountKinds[r.accountKind]}</td>
              <td data-label={h.period}>{c.period(r.startedOn, r.endedOn)}</td>
              <td data-label={h.months}>{c.months(r.contributionMonths)}</td>
              <td data-label={h.arrears}>{c.yuan(formatYuan(r.arrearsFen))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
