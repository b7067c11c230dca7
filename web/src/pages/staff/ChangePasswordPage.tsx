import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { changeStaffPassword, type SignedInStaffMember } from '../../api/staff.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { PasswordField } from './PasswordField.tsx';
import { refusedFieldErrors } from './server-field-errors.ts';
import { requiredAnswers } from './staff-answers.ts';
import { homeOf, staffPaths } from './staff-paths.ts';
import { useStaffSession } from './staff-session.tsx';
import { useStaffT } from './use-staff-t.ts';

/**
 * 修改密码: the signed-in member of staff's own password — required before anything else when the
 * rotation policy says it is too old.
 */
export function ChangePasswordPage() {
  const session = useStaffSession();
  if (session.state.status === 'checking') return <Loading />;
  if (session.state.status === 'signed-out')
    return (
      <Navigate
        to={staffPaths.signIn}
        replace
        state={{ notice: session.state.endedBecause ?? 'sign-in-first' }}
      />
    );
  return <PasswordForm member={session.state.member} />;
}

function PasswordForm({ member }: { member: SignedInStaffMember }) {
  const t = useStaffT();
  const common = useT();
  const { language } = useLanguage();
  const session = useStaffSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const { errors, attempt, fail, clear, errorOf } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const heading = usePageHeading(t.password.title, errors.length > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = requiredAnswers([
      ['currentPassword', current, t.password.currentMissing],
      ['newPassword', next, t.password.nextMissing],
    ]);
    if (missing.length > 0) return fail(missing);
    setBusy(true);
    try {
      const renewed = await changeStaffPassword({ currentPassword: current, newPassword: next });
      session.signedIn(renewed);
      setDone(true);
      clear();
    } catch (caught) {
      const failure = toApiFailure(caught);
      const otherwise =
        failure.kind === 'network'
          ? t.signIn.network
          : failure.status === 429
            ? t.signIn.tooMany(t.signIn.aMoment)
            : common.problems.other;
      fail(refusedFieldErrors(failure, language, ['currentPassword', 'newPassword'], otherwise));
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t.password.title}
        </h1>
        <p className="notice" role="status">
          {t.password.done}
        </p>
        <p>
          <Link className="button" to={homeOf(member.account.role)}>
            {t.password.continue}
          </Link>
        </p>
      </>
    );
  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.password.title}
      </h1>
      {member.passwordChangeRequired && (
        <p className="notice" role="status">
          {t.password.required}
        </p>
      )}
      <p>{t.password.intro}</p>
      <form onSubmit={submit} noValidate>
        <PasswordField
          id="currentPassword"
          label={t.password.current}
          error={errorOf('currentPassword')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <PasswordField
          id="newPassword"
          label={t.password.next}
          hint={t.password.nextHint}
          error={errorOf('newPassword')}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t.password.submitting : t.password.submit}
        </button>
      </form>
    </>
  );
}
