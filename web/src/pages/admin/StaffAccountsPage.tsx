import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import {
  disableStaffAccount,
  listStaffAccounts,
  type ManagedStaffAccount,
} from '../../api/admin.ts';
import { toApiFailure } from '../../api/api-failure.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiProblem } from '../../components/ApiProblem.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { AdminOnly, type Administrator } from './AdminOnly.tsx';
import { adminPaths } from './admin-paths.ts';
import { useAdminT } from './use-admin-t.ts';
import './admin.css';

/** 工作人员账号 (sysadmin): every account, creating one, disabling one after a confirmation. */
export function StaffAccountsPage() {
  return <AdminOnly roles={['sysadmin']}>{(admin) => <StaffAccounts admin={admin} />}</AdminOnly>;
}

function StaffAccounts({ admin }: { admin: Administrator }) {
  const t = useAdminT();
  const { key } = useLocation();
  const [reload, setReload] = useState(0);
  const [confirming, setConfirming] = useState<ManagedStaffAccount | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'problem'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const heading = usePageHeading(t.staffAccounts.title);
  const { state, retry } = useApi(`staff-accounts#${key}#${reload}`, (signal) =>
    listStaffAccounts(signal),
  );

  const show = (next: { kind: 'done' | 'problem'; text: string }) => {
    setOutcome(next);
    // After the confirmation closes, the outcome is where the reader continues.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  const disable = async (account: ManagedStaffAccount) => {
    if (busy) return;
    setBusy(true);
    try {
      await disableStaffAccount(account.id, account.version);
      show({ kind: 'done', text: t.staffAccounts.disabled(account.username) });
    } catch (caught) {
      const failure = toApiFailure(caught);
      show({
        kind: 'problem',
        text:
          failure.kind === 'network'
            ? t.problems.network
            : failure.code === 'CONFLICT' || failure.code === 'ILLEGAL_TRANSITION'
              ? t.staffAccounts.conflict
              : failure.code === 'CANNOT_DISABLE_SELF'
                ? t.staffAccounts.cannotDisableSelf
                : t.problems.other,
      });
    } finally {
      setConfirming(null);
      setBusy(false);
      setReload((n) => n + 1);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.staffAccounts.title}
      </h1>
      <div ref={outcomeRef} tabIndex={-1} role="status">
        {outcome && (
          <p className={outcome.kind === 'done' ? 'notice' : 'problem'}>{outcome.text}</p>
        )}
      </div>
      <p>
        <Link className="button" to={adminPaths.newStaffAccount}>
          {t.staffAccounts.create}
        </Link>
      </p>
      {confirming && (
        <ConfirmDisable
          account={confirming}
          busy={busy}
          onConfirm={() => void disable(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {state.status === 'error' ? (
        <ApiProblem failure={state.failure} onRetry={retry} />
      ) : state.status !== 'ok' ? (
        <Loading />
      ) : (
        <AccountTable
          accounts={state.data.accounts}
          selfId={admin.id}
          onDisable={(account) => {
            setOutcome(null);
            setConfirming(account);
          }}
        />
      )}
    </>
  );
}

function AccountTable(props: {
  accounts: ManagedStaffAccount[];
  selfId: string;
  onDisable: (account: ManagedStaffAccount) => void;
}) {
  const t = useAdminT();
  const s = t.staffAccounts;
  return (
    <div className="admin-table-wrap">
      <table className="admin-table admin-table--stack">
        <caption>{s.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.username}</th>
            <th scope="col">{s.displayName}</th>
            <th scope="col">{s.role}</th>
            <th scope="col">{s.agency}</th>
            <th scope="col">{s.status}</th>
            <th scope="col">{s.actions}</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">{account.username}</th>
              <td data-label={s.displayName}>{account.displayName}</td>
              <td data-label={s.role}>{t.roles[account.role]}</td>
              <td data-label={s.agency} lang={account.agency ? 'zh-CN' : undefined}>
                {account.agency?.name ?? s.none}
              </td>
              <td data-label={s.status}>{s.statuses[account.status]}</td>
              <td data-label={s.actions}>
                {account.status !== 'disabled' && account.id !== props.selfId ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={s.disableLabel(account.displayName)}
                    onClick={() => props.onDisable(account)}
                  >
                    {s.disable}
                  </button>
                ) : (
                  s.none
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConfirmDisable(props: {
  account: ManagedStaffAccount;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useAdminT();
  const s = t.staffAccounts;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section className="confirm-box" aria-labelledby="confirm-disable-title">
      <h2 id="confirm-disable-title" tabIndex={-1} ref={title}>
        {s.confirmTitle(props.account.displayName, props.account.username)}
      </h2>
      <p>{s.confirmText}</p>
      <ul className="actions">
        <li>
          <button
            type="button"
            className="button button--warning"
            aria-disabled={props.busy || undefined}
            onClick={props.onConfirm}
          >
            {s.confirm}
          </button>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {s.cancel}
          </button>
        </li>
      </ul>
    </section>
  );
}
