import { Link, useSearchParams } from 'react-router';
import { getTransferDestination } from '../../api/regions.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { destinationStatus } from './destination-status.ts';
import { DestinationAnswer } from './DestinationAnswer.tsx';
import { journeyPaths, journeyUrl, parseRegionCode, parseScheme } from './journey.ts';

/** The answer: has the destination opened online transfer applications for this scheme? */
export function ResultPage() {
  const t = useT();
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const scheme = parseScheme(params.get('scheme'));
  const region = parseRegionCode(params.get('region'));
  const { state, retry } = useApi(scheme && region && `destination:${region}:${scheme}`, (signal) =>
    getTransferDestination(region ?? '', scheme ?? 'employee-pension', signal),
  );

  let title = t.result.title;
  if (state.status === 'ok') {
    const status = destinationStatus(state.data);
    const date = formatDate(state.data.openSince ?? '', language);
    const answer =
      status === 'open'
        ? t.result.open
        : status === 'future'
          ? t.result.opensOn(date)
          : t.result.closed;
    title = `${state.data.regionName} – ${answer}`;
  }
  const heading = usePageHeading(title);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.result.title}
      </h1>
      {!scheme || !region ? (
        <div className="problem" role="alert">
          <p>{t.problems.badLink}</p>
          <Link to={journeyPaths.scheme}>{t.common.startAgain}</Link>
        </div>
      ) : state.status === 'ok' ? (
        <DestinationAnswer destination={state.data} />
      ) : state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : (
        <Loading />
      )}
      {scheme && (
        <ul className="actions">
          <li>
            <Link to={journeyUrl(journeyPaths.province, { scheme })}>
              {t.result.otherDestination}
            </Link>
          </li>
          <li>
            <Link to={journeyUrl(journeyPaths.scheme, { scheme, region })}>
              {t.result.changeScheme}
            </Link>
          </li>
        </ul>
      )}
    </>
  );
}
