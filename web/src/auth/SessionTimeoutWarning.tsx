import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/language-context.tsx';
import { signInPaths, type PhonePageState } from '../pages/sign-in/sign-in-state.ts';
import { useAuth } from './auth-context.tsx';
import { announcedSeconds, secondsLeft, sessionPhase } from './session-timer.ts';

/**
 * The session-timeout warning (SECURITY.md): a minute before the idle deadline, a modal dialog
 * counts down and offers to stay signed in; when the time runs out the session ends and the person
 * is sent to the sign-in page, told why.
 */
export function SessionTimeoutWarning() {
  const auth = useAuth();
  const { deadline } = auth;
  const [now, setNow] = useState(() => Date.now());
  const navigate = useNavigate();

  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  const phase = deadline === null ? null : sessionPhase(now, deadline);
  const expire = useEffectEvent(async () => {
    await auth.signOut('session-ended');
    const state: PhonePageState = { notice: 'session-ended' };
    navigate(signInPaths.phone, { state });
  });
  useEffect(() => {
    if (phase === 'expired') void expire();
  }, [phase]);

  if (deadline === null || phase !== 'warning') return null;
  return <WarningDialog now={now} deadline={deadline} />;
}

function WarningDialog({ now, deadline }: { now: number; deadline: number }) {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // A modal <dialog> makes the rest of the page inert and keeps focus inside.
    if (!element.open) element.showModal();
    stayButton.current?.focus();
    return () => element.close();
  }, []);

  const stay = async () => {
    setBusy(true);
    // GET /me is activity: the server restarts its idle clock, and so does the page.
    if (!(await auth.refresh())) {
      const state: PhonePageState = { notice: 'session-ended' };
      navigate(signInPaths.phone, { state });
    }
    setBusy(false);
  };
  const signOut = async () => {
    await auth.signOut();
    const state: PhonePageState = { notice: 'signed-out' };
    navigate(signInPaths.phone, { state });
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
        // Escape means "not now", never a silent sign-out: keep the session going.
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
