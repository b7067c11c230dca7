import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { AdminOnly } from './AdminOnly.tsx';
import type { AdminMessages } from './admin-messages.zh-CN.ts';
import type { AdminRole } from './admin-paths.ts';
import { formatChinaMoment } from './format-moment.ts';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

/** What every platform setting carries: its version (a stale save is refused) and last change. */
interface VersionedSettings {
  version: number;
  /** When it was last saved; null while the default holds. */
  updatedAt: string | null;
}

/** The words of a settings page. */
interface SettingsTexts {
  title: string;
  intro: string;
  save: string;
  saving: string;
  saved: string;
  /** Another administrator saved first: the latest settings are shown instead. */
  conflict: string;
}

/** What a settings page gives its form: the settings, and what to say after a save. */
export interface SettingsFormProps<S> {
  settings: S;
  notice: string | null;
  onSaved: (notice: string) => void;
}

/**
 * A settings page of the admin console, for administrators of `roles`: the title and intro, then
 * the form of the current settings, loaded again after each save (the form starting afresh from
 * them) with what came of the save said above it, then whatever `after` adds.
 */
export function SettingsPage<S extends VersionedSettings>(props: {
  roles: readonly AdminRole[];
  /** Names the loaded settings (a cache key). */
  name: string;
  texts: (t: AdminMessages) => SettingsTexts;
  load: (signal: AbortSignal) => Promise<S>;
  form: (props: SettingsFormProps<S>) => ReactNode;
  /** What the page shows below the form, about the same subject. */
  after?: ReactNode;
}) {
  return (
    <AdminOnly roles={props.roles}>
      {() => (
        <>
          <Settings {...props} />
          {props.after}
        </>
      )}
    </AdminOnly>
  );
}

function Settings<S extends VersionedSettings>(props: {
  name: string;
  texts: (t: AdminMessages) => SettingsTexts;
  load: (signal: AbortSignal) => Promise<S>;
  form: (props: SettingsFormProps<S>) => ReactNode;
}) {
  const texts = props.texts(useAdminT());
  const { key } = useLocation();
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = usePageHeading(texts.title);
  const { state, retry } = useApi(`${props.name}#${key}#${reload}`, props.load);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {texts.title}
      </h1>
      <p>{texts.intro}</p>
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        // Keyed by the version, so that a save starts the form afresh from the new settings.
        <Fragment key={state.data.version}>
          {props.form({
            settings: state.data,
            notice,
            onSaved: (text) => {
              setNotice(text);
              setReload((n) => n + 1);
            },
          })}
        </Fragment>
      )}
    </>
  );
}

/**
 * The form of a settings page: the error summary, the notice of the last save, when the settings
 * were last changed (or `neverChanged`), the `children` questions and the save button. `check`
 * finds the first problem before anything is sent; a save the server refuses is shown on
 * `refused` (its message for a 400, the plain problem otherwise); a stale one says `conflict`.
 */
export function SettingsForm(props: {
  settings: VersionedSettings;
  notice: string | null;
  onSaved: (notice: string) => void;
  texts: SettingsTexts;
  neverChanged?: string;
  check: () => FieldError | null;
  refused: FieldError;
  send: (version: number) => Promise<unknown>;
  children: (errorOf: (fieldId: string) => string | undefined) => ReactNode;
}) {
  const t = useAdminT();
  const { language } = useLanguage();
  const { texts, settings } = props;
  const { errors, attempt, fail, errorOf } = useFormErrors();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problem = props.check();
    if (problem) return fail([problem]);
    setBusy(true);
    try {
      await props.send(settings.version);
      props.onSaved(texts.saved);
    } catch (caught) {
      const failure = toApiFailure(caught);
      setBusy(false);
      if (failure.code === 'CONFLICT') return props.onSaved(texts.conflict);
      fail([
        {
          fieldId: props.refused.fieldId,
          message:
            failure.status === 400
              ? props.refused.message
              : failure.kind === 'network'
                ? t.problems.network
                : t.problems.other,
        },
      ]);
    }
  };

  const changed = settings.updatedAt
    ? t.settings.lastChanged(formatChinaMoment(settings.updatedAt, language))
    : props.neverChanged;
  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <div role="status">{props.notice && <p className="notice">{props.notice}</p>}</div>
      {changed && <p className="hint">{changed}</p>}
      <form onSubmit={submit} noValidate>
        {props.children(errorOf)}
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? texts.saving : texts.save}
        </button>
      </form>
    </>
  );
}

/** The number typed, when it is a whole number from `min` to `max`; null otherwise. */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : null;
}
