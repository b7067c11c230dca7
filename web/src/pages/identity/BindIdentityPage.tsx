import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { bindPerson } from '../../api/identity.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import type { Messages } from '../../i18n/messages.zh-CN.ts';
import { waitText } from '../sign-in/sign-in-state.ts';
import { identityPaths } from './identity-paths.ts';
import { useIdentityReturn } from './identity-return.ts';
import { SignedInOnly } from './SignedInOnly.tsx';

/**
 * 绑定身份: links the signed-in account to a person of the registry by name and ID number, then
 * goes back to the page that asked for it (an application in progress), else the account page.
 */
export function BindIdentityPage() {
  const { returnTo, doneState } = useIdentityReturn();
  // Bound (just now, or already): back where the person came from.
  return (
    <SignedInOnly returnTo={identityPaths.bind}>
      {(account) =>
        account.personBound ? (
          <Navigate to={returnTo} replace state={doneState('person-bound')} />
        ) : (
          <BindIdentityForm />
        )
      }
    </SignedInOnly>
  );
}

/** The server's answer as errors beside the fields, in words of the current language. */
function bindProblems(caught: unknown, t: Messages): FieldError[] {
  const failure = toApiFailure(caught);
  if (failure.kind === 'network') return [{ fieldId: 'name', message: t.signIn.network }];
  if (failure.code === 'PERSON_NOT_MATCHED')
    return [{ fieldId: 'name', message: t.identity.notMatched }];
  if (failure.code === 'PERSON_ALREADY_BOUND')
    return [{ fieldId: 'citizen-id', message: t.identity.alreadyBound }];
  if (failure.status === 429)
    return [{ fieldId: 'name', message: t.signIn.tooMany(waitText(failure, t)) }];
  if (failure.status === 400) {
    const nameWrong = failure.fields.some((field) => field.path === 'name');
    const idWrong = failure.fields.some((field) => field.path === 'citizenId');
    const errors: FieldError[] = [];
    if (nameWrong) errors.push({ fieldId: 'name', message: t.identity.nameError });
    if (idWrong || !nameWrong)
      errors.push({ fieldId: 'citizen-id', message: t.identity.citizenIdFormatError });
    return errors;
  }
  return [{ fieldId: 'name', message: t.problems.other }];
}

function BindIdentityForm() {
  const t = useT();
  const auth = useAuth();
  const { returnTo } = useIdentityReturn();
  const [name, setName] = useState('');
  const [citizenId, setCitizenId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(t.identity.title, errors.length > 0);

  const fail = (found: FieldError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const errorOf = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: FieldError[] = [];
    if (name.trim() === '') found.push({ fieldId: 'name', message: t.identity.nameError });
    if (citizenId.trim() === '')
      found.push({ fieldId: 'citizen-id', message: t.identity.citizenIdError });
    if (found.length > 0) {
      fail(found);
      return;
    }
    setBusy(true);
    try {
      // The page then sees the bound account and goes back (BindIdentityPage).
      auth.signedIn(await bindPerson(name.trim(), citizenId.trim()));
    } catch (caught) {
      fail(bindProblems(caught, t));
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink to={returnTo} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {t.identity.title}
      </h1>
      <p>{t.identity.intro}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="name"
          label={t.identity.nameLabel}
          hint={t.identity.nameHint}
          error={errorOf('name')}
          value={name}
          onChange={setName}
          autoComplete="name"
        />
        <TextField
          id="citizen-id"
          label={t.identity.citizenIdLabel}
          hint={t.identity.citizenIdHint}
          error={errorOf('citizen-id')}
          value={citizenId}
          onChange={setCitizenId}
        />
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? t.identity.binding : t.identity.submit}
        </button>
      </form>
    </>
  );
}
