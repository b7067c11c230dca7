import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import {
  getDeadlineSettings,
  saveDeadlineSettings,
  type DeadlineSettings,
} from '../../api/admin.ts';
import { toApiFailure } from '../../api/api-failure.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { AdminOnly } from './AdminOnly.tsx';
import { formatChinaMoment } from './format-moment.ts';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

/** 办理时限参数 (sysadmin): how many working days ahead a case step is flagged "due soon". */
export function DeadlineSettingsPage() {
  return <AdminOnly roles={['sysadmin']}>{() => <Deadlines />}</AdminOnly>;
}

function Deadlines() {
  const t = useAdminT();
  const { key } = useLocation();
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = usePageHeading(t.deadlines.title);
  const { state, retry } = useApi(`deadline-settings#${key}#${reload}`, (signal) =>
    getDeadlineSettings(signal),
  );
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.deadlines.title}
      </h1>
      <p>{t.deadlines.intro}</p>
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <DeadlineForm
          key={state.data.version}
          settings={state.data}
          notice={notice}
          onSaved={(text) => {
            setNotice(text);
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

function DeadlineForm(props: {
  settings: DeadlineSettings;
  notice: string | null;
  onSaved: (notice: string) => void;
}) {
  const t = useAdminT();
  const d = t.deadlines;
  const { language } = useLanguage();
  const [days, setDays] = useState(String(props.settings.dueSoonWorkingDays));
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fail = (message: string) => {
    setError(message);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || value < 1 || value > 10) return fail(d.missing);
    setBusy(true);
    try {
      await saveDeadlineSettings({ dueSoonWorkingDays: value, version: props.settings.version });
      props.onSaved(d.saved);
    } catch (caught) {
      const failure = toApiFailure(caught);
      setBusy(false);
      if (failure.code === 'CONFLICT') return props.onSaved(d.conflict);
      fail(
        failure.status === 400
          ? d.missing
          : failure.kind === 'network'
            ? t.problems.network
            : t.problems.other,
      );
    }
  };

  return (
    <>
      <ErrorSummary
        errors={error ? [{ fieldId: 'dueSoonWorkingDays', message: error }] : []}
        attempt={attempt}
      />
      <div role="status">{props.notice && <p className="notice">{props.notice}</p>}</div>
      <p className="hint">
        {props.settings.updatedAt
          ? d.lastChanged(formatChinaMoment(props.settings.updatedAt, language))
          : d.defaultValue}
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="dueSoonWorkingDays"
          label={d.dueSoon}
          hint={d.dueSoonHint}
          error={error ?? undefined}
          value={days}
          onChange={setDays}
          inputMode="numeric"
          short
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? d.saving : d.save}
        </button>
      </form>
    </>
  );
}
