import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { listDestinations } from '../../api/regions.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { radioId } from '../../components/RadioGroup.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import { CityChoice } from './CityChoice.tsx';
import { CitySearch } from './CitySearch.tsx';
import { filterCities, provinceNameOf } from './city-filter.ts';
import { journeyPaths, journeyUrl, parseRegionCode, parseScheme } from './journey.ts';

/** Question 3: which city (or county reporting to the province) the person moves to. */
export function CityPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const scheme = parseScheme(params.get('scheme'));
  const province = parseRegionCode(params.get('province'));
  const [region, setRegion] = useState(() => parseRegionCode(params.get('region')));
  const [filter, setFilter] = useState('');
  const [failedSubmits, setFailedSubmits] = useState(0);
  const heading = usePageHeading(t.city.title, failedSubmits > 0);
  const { state, retry } = useApi(province && `destinations:${province}`, (signal) =>
    listDestinations(province ?? '', signal),
  );

  if (!scheme) return <Navigate to={journeyPaths.scheme} replace />;
  if (!province) return <Navigate to={journeyUrl(journeyPaths.province, { scheme })} replace />;
  const regions = state.status === 'ok' ? state.data : [];
  // A municipality such as 北京市 is its own only destination: there is nothing to ask.
  const only = regions.length === 1 ? regions[0] : undefined;
  if (only)
    return <Navigate to={journeyUrl(journeyPaths.result, { scheme, region: only.code })} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!region) {
      setFailedSubmits((n) => n + 1);
      return;
    }
    navigate(journeyUrl(journeyPaths.city, { scheme, province, region }), { replace: true });
    navigate(journeyUrl(journeyPaths.result, { scheme, region }));
  };

  const { matching, shown } = filterCities(regions, filter, region);
  const provinceName = provinceNameOf(regions);
  const first = shown[0];
  const errors =
    failedSubmits > 0
      ? [{ fieldId: first ? radioId('region', first.code) : 'city-filter', message: t.city.error }]
      : [];
  return (
    <>
      <BackLink to={journeyUrl(journeyPaths.province, { scheme, province })} />
      <ErrorSummary errors={errors} attempt={failedSubmits} />
      {provinceName && <p className="caption">{t.city.caption(provinceName)}</p>}
      <h1 ref={heading} tabIndex={-1}>
        {t.city.title}
      </h1>
      {state.status === 'ok' ? (
        <CityChoice
          filter={filter}
          onFilterChange={setFilter}
          matchingCount={matching.length}
          total={regions.length}
          shown={shown}
          legend={provinceName ? t.city.legend(provinceName) : t.city.legendFallback}
          value={region}
          onChange={setRegion}
          error={errors[0]?.message}
          onSubmit={submit}
        />
      ) : state.status === 'error' ? (
        <ApiProblem
          failure={state.failure}
          onRetry={retry}
          back={{
            to: journeyUrl(journeyPaths.province, { scheme }),
            label: t.problems.chooseAgain,
          }}
        />
      ) : (
        <Loading />
      )}
      <CitySearch scheme={scheme} />
    </>
  );
}
