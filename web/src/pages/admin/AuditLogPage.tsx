import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  getAuditLog,
  verifyAuditLog,
  type AuditChainVerification,
  type AuditEntry,
} from '../../api/admin.ts';
import { toApiFailure } from '../../api/api-failure.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { AdminOnly } from './AdminOnly.tsx';
import { adminPaths } from './admin-paths.ts';
import {
  actorTypes,
  auditQuery,
  auditSearchString,
  parseAuditSearch,
  type AuditSearch,
} from './audit-search.ts';
import { formatChinaMoment } from './format-moment.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

const PAGE_SIZE = 50;

/** 审计日志 (auditadmin): the log newest first, filtered from the address, and its verification. */
export function AuditLogPage() {
  return <AdminOnly roles={['auditadmin']}>{() => <AuditLog />}</AdminOnly>;
}

function AuditLog() {
  const t = useAdminT();
  const [params] = useSearchParams();
  const { key } = useLocation();
  const search = parseAuditSearch(params);
  const address = auditSearchString(search);
  const heading = usePageHeading(t.audit.title);
  const { state, retry } = useApi(`audit-log${address}#${key}`, (signal) =>
    getAuditLog(auditQuery(search, PAGE_SIZE), signal),
  );
  const filtered = search.action || search.actorType || search.subjectType || search.subjectId;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.audit.title}
      </h1>
      <p>{t.audit.intro}</p>
      {/* The address is the form's state: a new search starts a new form. */}
      <AuditFilters key={address} search={search} />
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <>
          {state.data.entries.length === 0 ? (
            <p>{t.audit.none}</p>
          ) : (
            <AuditTable entries={state.data.entries} />
          )}
          <ul className="actions">
            {state.data.nextBefore !== null && (
              <li>
                <Link
                  to={{
                    pathname: adminPaths.auditLog,
                    search: auditSearchString({ ...search, before: state.data.nextBefore }),
                  }}
                >
                  {t.audit.older}
                </Link>
              </li>
            )}
            {search.before !== null && (
              <li>
                <Link
                  to={{
                    pathname: adminPaths.auditLog,
                    search: auditSearchString({ ...search, before: null }),
                  }}
                >
                  {t.audit.newest}
                </Link>
              </li>
            )}
            {filtered && (
              <li>
                <Link to={adminPaths.auditLog}>{t.audit.clear}</Link>
              </li>
            )}
          </ul>
        </>
      )}
      <ChainVerification />
    </>
  );
}

function AuditFilters({ search }: { search: AuditSearch }) {
  const t = useAdminT();
  const a = t.audit;
  const navigate = useNavigate();
  const [draft, setDraft] = useState<AuditSearch>(search);
  const set = (field: keyof Omit<AuditSearch, 'before'>) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({
      pathname: adminPaths.auditLog,
      search: auditSearchString({ ...draft, before: null }),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={a.filters}>
      <div className="filters">
        <TextField
          id="action"
          label={a.action}
          hint={a.actionHint}
          value={draft.action}
          onChange={set('action')}
        />
        <SelectField
          id="actorType"
          label={a.actorType}
          value={draft.actorType}
          onChange={set('actorType')}
          options={[
            { value: '', label: a.anyActor },
            ...actorTypes.map((type) => ({ value: type, label: a.actorTypes[type] })),
          ]}
        />
        <TextField
          id="subjectType"
          label={a.subjectType}
          value={draft.subjectType}
          onChange={set('subjectType')}
        />
        <TextField
          id="subjectId"
          label={a.subjectId}
          value={draft.subjectId}
          onChange={set('subjectId')}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {a.apply}
          </button>
        </div>
      </div>
    </form>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useAdminT();
  const a = t.audit;
  const { language } = useLanguage();
  const actorLabel = (type: string) => (a.actorTypes as Record<string, string>)[type] ?? type;
  return (
    <div className="admin-table-wrap">
      <table className="admin-table admin-table--stack">
        <caption>{a.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{a.seq}</th>
            <th scope="col">{a.occurredAt}</th>
            <th scope="col">{a.actionColumn}</th>
            <th scope="col">{a.actor}</th>
            <th scope="col">{a.subject}</th>
            <th scope="col">{a.data}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{entry.seq}</th>
              <td data-label={a.occurredAt}>{formatChinaMoment(entry.occurredAt, language)}</td>
              <td data-label={a.actionColumn}>
                {a.actions[entry.action] ?? entry.action}
                <br />
                <code>{entry.action}</code>
              </td>
              <td data-label={a.actor}>
                {actorLabel(entry.actor.type)}:{' '}
                {entry.actor.username ?? <code>{entry.actor.id}</code>}
              </td>
              <td data-label={a.subject}>
                {entry.subjectType}: <code>{entry.subjectId}</code>
              </td>
              <td data-label={a.data}>
                <code>{JSON.stringify(entry.data)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChainVerification() {
  const t = useAdminT();
  const a = t.audit;
  const { language } = useLanguage();
  const [result, setResult] = useState<AuditChainVerification | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      setResult(await verifyAuditLog());
    } catch (caught) {
      setResult(null);
      setProblem(toApiFailure(caught).kind === 'network' ? t.problems.network : t.problems.other);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="verification" aria-labelledby="verification-title">
      <h2 id="verification-title">{a.verifyTitle}</h2>
      <p>{a.verifyIntro}</p>
      <p>
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void verify()}
        >
          {busy ? a.verifying : a.verify}
        </button>
      </p>
      <div role="status">
        {problem && <p className="problem">{problem}</p>}
        {result && (
          <>
            <p className={result.ok ? 'result-ok' : 'result-broken'}>
              {result.ok || !result.brokenAt
                ? a.intact(result.entries)
                : a.broken(result.brokenAt.seq, result.brokenAt.reason, result.entries)}
            </p>
            <p className="hint">{a.verifiedAt(formatChinaMoment(result.verifiedAt, language))}</p>
          </>
        )}
      </div>
    </section>
  );
}
