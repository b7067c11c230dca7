import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { announcedSeconds, secondsLeft, sessionPhase } from '../../auth/session-timer.ts';
import { useT } from '../../i18n/language-context.tsx';
import { staffPaths } from './staff-paths.ts';
import { useStaffSession } from './staff-session.tsx';

/**
 * The session-timeout warning of the staff pages (SECURITY.md): a minute before the idle deadline
 * a modal dialog counts down and offers to stay signed in; when the time runs out the session ends
 * and the sign-in page says why. The same words and timer as the citizen portal's.
 */
export function StaffTimeoutWarning() {
  const session = useStaffSession();
  const { deadline } = session;
  const [now, setNow] = useState(() => Date.now());
  const navigate = useNavigate();

  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  const phase = deadline === null ? null : sessionPhase(now, deadline);
  const expire = useEffectEvent(async () => {
    await session.signOut('session-ended');
    void navigate(staffPaths.signIn, { state: { notice: 'session-ended' } });
  });
  useEffect(() => {
    if (phase === 'expired') void expire();
  }, [phase]);

  if (deadline === null || phase !== 'warning') return null;
  return <WarningDialog now={now} deadline={deadline} />;
}

function WarningDialog({ now, deadline }: { now: number; deadline: number }) {
  const t = useT();
  const session = useStaffSession();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    stayButton.current?.focus();
    return () => element.close();
  }, []);

  const stay = async () => {
    setBusy(true);
    if (!(await session.refresh())) {
      await session.signOut('session-ended');
      void navigate(staffPaths.signIn, { state: { notice: 'session-ended' } });
    }
    setBusy(false);
  };
  const signOut = async () => {
    await session.signOut();
    void navigate(staffPaths.signIn, { state: { notice: 'signed-out' } });
  };

  return (
    <dialog
      ref={dialog}
      className="timeout-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-announcement timeout-explanation"
      onCancel={(event) => {
        event.preventDefault();
        void stay();
      }}
    >
      <h2 id="timeout-title" className="timeout-dialog__title">
        {t.session.warningTitle}
      </h2>
      <p className="timeout-dialog__countdown" aria-hidden="true">
        {t.session.countdown(secondsLeft(now, deadline))}
      </p>
      <p className="visually-hidden" id="timeout-announcement" aria-live="polite">
        {t.session.countdown(announcedSeconds(now, deadline))}
      </p>
      <p id="timeout-explanation">{t.session.explanation}</p>
      <ul className="actions">
        <li>
          <button
            ref={stayButton}
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() => void (busy ? undefined : stay())}
          >
            {t.session.stay}
          </button>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={() => void signOut()}>
            {t.session.signOut}
          </button>
        </li>
      </ul>
    </dialog>
  );
}
