import type { TransferDestination } from '../../api/client.ts';
import { useT } from '../../i18n/language-context.tsx';
import { usePlaceNameLang } from './use-place-name-lang.ts';

type Agency = NonNullable<TransferDestination['agency']>;

/**
 * The agency to visit in person, with its phone number as a link that phones can dial, and its
 * post code for letters when it has registered one (never an invented one).
 */
export function AgencyDetails({ agency }: { agency: Agency | undefined }) {
  const t = useT();
  const placeLang = usePlaceNameLang();
  if (!agency) return <p>{t.result.noAgency}</p>;
  return (
    <div className="agency">
      <p className="agency__name" lang={placeLang}>
        {agency.name}
      </p>
      <dl className="summary-list">
        <dt>{t.result.agencyAddress}</dt>
        <dd lang={placeLang}>{agency.address}</dd>
        <dt>{t.result.agencyPhone}</dt>
        <dd>
          <a href={`tel:${agency.phone.replace(/[^\d+]/g, '')}`}>{agency.phone}</a>
        </dd>
        {agency.postCode !== null && (
          <>
            <dt>{t.result.agencyPostCode}</dt>
            <dd>{agency.postCode}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
