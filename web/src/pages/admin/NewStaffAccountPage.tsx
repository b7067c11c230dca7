import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { createStaffAccount, type CreatedStaffAccount } from '../../api/admin.ts';
import { toApiFailure } from '../../api/api-failure.ts';
import type { StaffRole } from '../../api/staff.ts';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { serverFieldErrors } from '../staff/server-field-errors.ts';
import { AdminOnly } from './AdminOnly.tsx';
import { adminPaths } from './admin-paths.ts';
import { formatChinaMoment } from './format-moment.ts';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

const roles: StaffRole[] = [
  'agency_staff',
  'agency_supervisor',
  'sysadmin',
  'secadmin',
  'auditadmin',
];
const isAgencyRole = (role: string) => role === 'agency_staff' || role === 'agency_supervisor';
const fieldIds = ['username', 'displayName', 'role', 'agencyRegionCode'] as const;

/** 创建工作人员账号 (sysadmin): the answer shows the activation code once, with a warning. */
export function NewStaffAccountPage() {
  const [created, setCreated] = useState<CreatedStaffAccount | null>(null);
  return (
    <AdminOnly roles={['sysadmin']}>
      {() =>
        created ? (
          <Created created={created} onAnother={() => setCreated(null)} />
        ) : (
          <NewAccountForm onCreated={setCreated} />
        )
      }
    </AdminOnly>
  );
}

function NewAccountForm({ onCreated }: { onCreated: (created: CreatedStaffAccount) => void }) {
  const t = useAdminT();
  const n = t.newAccount;
  const { language } = useLanguage();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<StaffRole | null>(null);
  const [agencyRegionCode, setAgencyRegionCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(n.title, errors.length > 0);
  const fail = (found: FieldError[]) => {
    setErrors(found);
    setAttempt((a) => a + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const agencyRole = role !== null && isAgencyRole(role);
    const missing: FieldError[] = [
      ...(username.trim() === '' ? [{ fieldId: 'username', message: n.usernameMissing }] : []),
      ...(displayName.trim() === ''
        ? [{ fieldId: 'displayName', message: n.displayNameMissing }]
        : []),
      ...(role === null ? [{ fieldId: 'role', message: n.roleMissing }] : []),
      ...(agencyRole && agencyRegionCode.trim() === ''
        ? [{ fieldId: 'agencyRegionCode', message: n.agencyMissing }]
        : []),
    ];
    if (missing.length > 0 || role === null) return fail(missing);
    setBusy(true);
    try {
      onCreated(
        await createStaffAccount({
          username: username.trim(),
          displayName: displayName.trim(),
          role,
          agencyRegionCode: agencyRole ? agencyRegionCode.trim() : null,
        }),
      );
    } catch (caught) {
      const failure = toApiFailure(caught);
      const fields = serverFieldErrors(failure, language, fieldIds);
      fail(
        fields.length > 0
          ? fields
          : [
              {
                fieldId: 'username',
                message:
                  failure.code === 'STAFF_USERNAME_TAKEN'
                    ? n.taken
                    : failure.kind === 'network'
                      ? t.problems.network
                      : t.problems.other,
              },
            ],
      );
      setBusy(false);
    }
  };

  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  // The radio group's first option is what the error summary links to.
  const summary = errors.map((e) =>
    e.fieldId === 'role' ? { ...e, fieldId: `role-${roles[0]}` } : e,
  );
  return (
    <>
      <ErrorSummary errors={summary} attempt={attempt} />
      <h1 ref={heading} tabIndex={-1}>
        {n.title}
      </h1>
      <form onSubmit={submit} noValidate>
        <TextField
          id="username"
          label={n.username}
          hint={n.usernameHint}
          error={errorOf('username')}
          value={username}
          onChange={setUsername}
        />
        <TextField
          id="displayName"
          label={n.displayName}
          error={errorOf('displayName')}
          value={displayName}
          onChange={setDisplayName}
        />
        <RadioGroup
          name="role"
          legend={n.role}
          error={errorOf('role')}
          options={roles.map((r) => ({ value: r, label: t.roles[r] }))}
          value={role}
          onChange={(value) => setRole(value as StaffRole)}
        />
        {role !== null && isAgencyRole(role) && (
          <TextField
            id="agencyRegionCode"
            label={n.agencyRegionCode}
            hint={n.agencyRegionCodeHint}
            error={errorOf('agencyRegionCode')}
            value={agencyRegionCode}
            onChange={setAgencyRegionCode}
            inputMode="numeric"
            short
          />
        )}
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {busy ? n.submitting : n.submit}
        </button>
      </form>
    </>
  );
}

function Created({ created, onAnother }: { created: CreatedStaffAccount; onAnother: () => void }) {
  const t = useAdminT();
  const n = t.newAccount;
  const { language } = useLanguage();
  const heading = usePageHeading(n.createdTitle);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {n.createdTitle}
      </h1>
      <p className="lead">
        {n.createdFor(created.account.displayName, created.account.username)} ·{' '}
        {t.roles[created.account.role]}
      </p>
      <div className="activation-code">
        <p>
          <strong>{n.codeLabel}</strong>
          <code className="activation-code__value" data-activation-code={created.activationCode}>
            {created.activationCode}
          </code>
        </p>
        <p role="alert">
          <strong>{n.codeWarning}</strong>
        </p>
        <p>{n.expires(formatChinaMoment(created.activationExpiresAt, language))}</p>
      </div>
      <ul className="actions">
        <li>
          <Link to={adminPaths.staffAccounts}>{n.toList}</Link>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={onAnother}>
            {n.another}
          </button>
        </li>
      </ul>
    </>
  );
}
