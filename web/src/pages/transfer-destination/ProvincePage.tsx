import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { listProvinces } from '../../api/regions.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RadioGroup, radioId } from '../../components/RadioGroup.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import { CitySearch } from './CitySearch.tsx';
import { journeyPaths, journeyUrl, parseRegionCode, parseScheme } from './journey.ts';
import { usePlaceNameLang } from './use-place-name-lang.ts';

/** Question 2: which province the person moves to. */
export function ProvincePage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const scheme = parseScheme(params.get('scheme'));
  const [province, setProvince] = useState(() => parseRegionCode(params.get('province')));
  const [failedSubmits, setFailedSubmits] = useState(0);
  const heading = usePageHeading(t.province.title, failedSubmits > 0);
  const placeLang = usePlaceNameLang();
  const { state, retry } = useApi('provinces', listProvinces);

  if (!scheme) return <Navigate to={journeyPaths.scheme} replace />;

  const provinces = state.status === 'ok' ? state.data : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!province) {
      setFailedSubmits((n) => n + 1);
      return;
    }
    navigate(journeyUrl(journeyPaths.province, { scheme, province }), { replace: true });
    navigate(journeyUrl(journeyPaths.city, { scheme, province }));
  };

  const first = provinces[0];
  const errors =
    failedSubmits > 0 && first
      ? [{ fieldId: radioId('province', first.code), message: t.province.error }]
      : [];
  return (
    <>
      <BackLink to={journeyUrl(journeyPaths.scheme, { scheme })} />
      <ErrorSummary errors={errors} attempt={failedSubmits} />
      <form onSubmit={submit} noValidate>
        <RadioGroup
          name="province"
          legendIsPageHeading
          legend={
            <h1 ref={heading} tabIndex={-1}>
              {t.province.title}
            </h1>
          }
          hint={t.province.hint}
          error={errors[0]?.message}
          options={provinces.map((p) => ({ value: p.code, label: p.name, lang: placeLang }))}
          value={province}
          onChange={setProvince}
          columns
          placeholder={
            state.status === 'ok' ? undefined : state.status === 'error' ? (
              <ApiProblem
                failure={state.failure}
                onRetry={retry}
                back={{ to: journeyPaths.scheme, label: t.common.startAgain }}
              />
            ) : (
              <Loading />
            )
          }
        />
        {state.status === 'ok' && (
          <button type="submit" className="button">
            {t.common.continue}
          </button>
        )}
      </form>
      <CitySearch scheme={scheme} />
    </>
  );
}
