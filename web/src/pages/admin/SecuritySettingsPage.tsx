import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import {
  getSecuritySettings,
  saveSecuritySettings,
  type SecuritySettings,
} from '../../api/admin.ts';
import { toApiFailure } from '../../api/api-failure.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { AdminOnly } from './AdminOnly.tsx';
import { formatChinaMoment } from './format-moment.ts';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

/** 密码策略 (secadmin): forced password rotation, off by default (docs/DECISIONS.md). */
export function SecuritySettingsPage() {
  return <AdminOnly roles={['secadmin']}>{() => <Security />}</AdminOnly>;
}

function Security() {
  const t = useAdminT();
  const { key } = useLocation();
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = usePageHeading(t.security.title);
  const { state, retry } = useApi(`security-settings#${key}#${reload}`, (signal) =>
    getSecuritySettings(signal),
  );
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.security.title}
      </h1>
      <p>{t.security.intro}</p>
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <SecurityForm
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

function SecurityForm(props: {
  settings: SecuritySettings;
  notice: string | null;
  onSaved: (notice: string) => void;
}) {
  const t = useAdminT();
  const s = t.security;
  const { language } = useLanguage();
  const current = props.settings.passwordRotationDays;
  const [choice, setChoice] = useState<'off' | 'on'>(current === null ? 'off' : 'on');
  const [days, setDays] = useState(current === null ? '' : String(current));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fail = (found: FieldError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = Number(days.trim());
    if (choice === 'on' && (!/^\d+$/.test(days.trim()) || value < 30 || value > 365))
      return fail([{ fieldId: 'passwordRotationDays', message: s.daysMissing }]);
    setBusy(true);
    try {
      await saveSecuritySettings({
        passwordRotationDays: choice === 'on' ? value : null,
        version: props.settings.version,
      });
      props.onSaved(s.saved);
    } catch (caught) {
      const failure = toApiFailure(caught);
      setBusy(false);
      if (failure.code === 'CONFLICT') return props.onSaved(s.conflict);
      fail([
        {
          fieldId: choice === 'on' ? 'passwordRotationDays' : 'rotation-off',
          message:
            failure.status === 400
              ? s.daysMissing
              : failure.kind === 'network'
                ? t.problems.network
                : t.problems.other,
        },
      ]);
    }
  };

  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <div role="status">{props.notice && <p className="notice">{props.notice}</p>}</div>
      {props.settings.updatedAt && (
        <p className="hint">
          {t.deadlines.lastChanged(formatChinaMoment(props.settings.updatedAt, language))}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <RadioGroup
          name="rotation"
          legend={s.rotation}
          error={errorOf('rotation-off')}
          options={[
            { value: 'off', label: s.off },
            { value: 'on', label: s.on },
          ]}
          value={choice}
          onChange={(value) => setChoice(value === 'on' ? 'on' : 'off')}
        />
        {choice === 'on' && (
          <TextField
            id="passwordRotationDays"
            label={s.days}
            hint={s.daysHint}
            error={errorOf('passwordRotationDays')}
            value={days}
            onChange={setDays}
            inputMode="numeric"
            short
          />
        )}
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? s.saving : s.save}
        </button>
      </form>
    </>
  );
}
