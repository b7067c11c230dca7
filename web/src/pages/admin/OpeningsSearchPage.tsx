import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { searchDestinations } from '../../api/regions.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { AdminOnly } from './AdminOnly.tsx';
import { adminPaths, regionOpeningsUrl } from './admin-paths.ts';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

/** 线上转移开通 (sysadmin): find the region whose online transfer to open or close. */
export function OpeningsSearchPage() {
  return <AdminOnly roles={['sysadmin']}>{() => <OpeningsSearch />}</AdminOnly>;
}

function OpeningsSearch() {
  const t = useAdminT();
  const o = t.openings;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim().slice(0, 20);
  const [text, setText] = useState(q);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = usePageHeading(o.title, error !== null);
  const { state, retry } = useApi(q ? `region-search:${q}` : null, (signal) =>
    searchDestinations(q, signal),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    if (typed === '') {
      setError(o.searchMissing);
      setAttempt((n) => n + 1);
      return;
    }
    setError(null);
    void navigate(`${adminPaths.openings}?${new URLSearchParams({ q: typed.slice(0, 20) })}`);
  };

  return (
    <>
      <ErrorSummary errors={error ? [{ fieldId: 'q', message: error }] : []} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {o.title}
      </h1>
      <p>{o.intro}</p>
      <form onSubmit={submit} noValidate role="search">
        <TextField
          id="q"
          label={o.search}
          hint={o.searchHint}
          error={error ?? undefined}
          value={text}
          onChange={setText}
        />
        <button type="submit" className="button">
          {o.searchButton}
        </button>
      </form>
      {q &&
        (state.status === 'error' ? (
          <ApiProblem failure={state.failure} onRetry={retry} />
        ) : state.status !== 'ok' ? (
          <Loading />
        ) : (
          <section aria-labelledby="search-results">
            <h2 id="search-results">{o.results(state.data.length)}</h2>
            {state.data.length === 0 ? (
              <p>{o.noResults}</p>
            ) : (
              <ul className="results">
                {state.data.map((region) => (
                  <li key={region.code}>
                    <Link to={regionOpeningsUrl(region.code)} lang="zh-CN">
                      {region.fullName}
                    </Link>{' '}
                    <span className="hint">{region.code}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
    </>
  );
}
