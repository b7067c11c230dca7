import { Link } from 'react-router';
import { schemeNames } from '../../../../domain/schemes.ts';
import type { TransferDestination } from '../../api/client.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { applyUrl } from '../transfer-application/application-paths.ts';
import { AgencyDetails } from './AgencyDetails.tsx';
import { destinationStatus } from './destination-status.ts';
import { PrepareList } from './PrepareList.tsx';
import { usePlaceNameLang } from './use-place-name-lang.ts';

/** The answer to the inquiry: a status panel, then what to do next. */
export function DestinationAnswer({ destination }: { destination: TransferDestination }) {
  const t = useT();
  const { language } = useLanguage();
  const placeLang = usePlaceNameLang();
  const status = destinationStatus(destination);
  const date = destination.openSince && formatDate(destination.openSince, language);
  const title =
    status === 'open'
      ? t.result.open
      : status === 'future'
        ? t.result.opensOn(date ?? '')
        : t.result.closed;
  const scheme = schemeNames[destination.scheme];
  return (
    <>
      <div className={`status-panel status-panel--${status}`}>
        <dl className="summary-list">
          <dt>{t.result.destination}</dt>
          <dd lang={placeLang}>{destination.regionName}</dd>
          <dt>{t.result.scheme}</dt>
          <dd>{language === 'zh-CN' ? scheme.zh : scheme.en}</dd>
        </dl>
        <h2 className="status-panel__title">{title}</h2>
        {status === 'open' && date && <p>{t.result.openSince(date)}</p>}
        {status === 'future' && <p>{t.result.opensOnUntil}</p>}
      </div>
      <h2>{status === 'open' ? t.result.nextHeading : t.result.visitHeading}</h2>
      {status === 'open' ? (
        <>
          <p>{t.result.applyOnline}</p>
          <p>
            <Link className="button" to={applyUrl(destination.scheme, destination.regionCode)}>
              {t.apply.link}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t.result.visitIntro}</p>
          <AgencyDetails agency={destination.agency} />
        </>
      )}
      <PrepareList />
    </>
  );
}
