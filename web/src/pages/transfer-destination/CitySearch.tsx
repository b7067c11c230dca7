import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import { searchDestinations } from '../../api/regions.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { FieldErrorMessage } from '../../components/FieldErrorMessage.tsx';
import { useT } from '../../i18n/language-context.tsx';
import { journeyPaths, journeyUrl } from './journey.ts';
import { usePlaceNameLang } from './use-place-name-lang.ts';

const maxLength = 20;

/** Finds a destination by name across all provinces; the search text is kept in the URL (`q`). */
export function CitySearch({ scheme }: { scheme: InsuranceScheme }) {
  const t = useT();
  const placeLang = usePlaceNameLang();
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim().slice(0, maxLength) ?? '';
  const [text, setText] = useState(query);
  const [empty, setEmpty] = useState(false);
  const { state, retry } = useApi(query ? `search:${query}` : null, (signal) =>
    searchDestinations(query, signal),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = text.trim();
    setEmpty(wanted === '');
    if (wanted === '') {
      document.getElementById('city-search')?.focus();
      return;
    }
    setParams(
      (current) => {
        current.set('q', wanted);
        return current;
      },
      { replace: true },
    );
  };

  const found = state.status === 'ok' ? state.data : [];
  return (
    <section>
      <h2 id="city-search-heading">{t.citySearch.heading}</h2>
      <form onSubmit={submit} noValidate role="search" aria-labelledby="city-search-heading">
        <div className={empty ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor="city-search">
            {t.citySearch.label}
          </label>
          <p className="hint" id="city-search-hint">
            {t.citySearch.hint}
          </p>
          {empty && <FieldErrorMessage id="city-search-error" message={t.citySearch.error} />}
          <div className="inline-form">
            <input
              className={empty ? 'text-input text-input--error' : 'text-input'}
              id="city-search"
              type="search"
              maxLength={maxLength}
              autoComplete="off"
              aria-describedby={empty ? 'city-search-hint city-search-error' : 'city-search-hint'}
              aria-invalid={empty || undefined}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" className="button button--secondary">
              {t.citySearch.submit}
            </button>
          </div>
        </div>
      </form>
      <div role="status">
        {state.status === 'ok' && (
          <p>
            {found.length ? t.citySearch.found(found.length, query) : t.citySearch.noMatch(query)}
          </p>
        )}
      </div>
      {state.status === 'error' && <ApiProblem failure={state.failure} onRetry={retry} />}
      {found.length > 0 && (
        <ul className="results" aria-label={t.citySearch.resultsHeading}>
          {found.map((region) => (
            <li key={region.code}>
              <Link
                to={journeyUrl(journeyPaths.result, { scheme, region: region.code })}
                lang={placeLang}
              >
                {region.fullName}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
