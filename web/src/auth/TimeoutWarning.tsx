import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useT } from '../i18n/language-context.tsx';
import { announcedSeconds, secondsLeft, sessionPhase } from './session-timer.ts';

export type SessionEnd = 'signed-out' | 'session-ended';

/** What the warning needs of a session, the citizen's (`useAuth`) or a member of staff's. */
export interface TimedSession {
  /** When the session ends without further activity (`Date.now()` milliseconds); null when out. */
  deadline: number | null;
  /** Asks the server again (activity that extends the session); false once it has ended. */
  refresh: () => Promise<boolean>;
  /** Ends the session on the server, then here. */
  signOut: (why?: SessionEnd) => Promise<void>;
}

/**
 * The session-timeout warning (SECURITY.md): a minute before the idle deadline, a modal dialog
 * counts down and offers to stay signed in; when the time runs out the session ends and `leave`
 * takes the person to the sign-in page, told why. `signOutWhenRefused`: a "stay" the server
 * refuses also ends the session here, for a session that keeps its state when a refresh fails.
 */
export function TimeoutWarning(props: {
  session: TimedSession;
  leave: (why: SessionEnd) => void;
  signOutWhenRefused?: boolean;
}) {
  const { session, leave } = props;
  const { deadline } = session;
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  const phase = deadline === null ? null : sessionPhase(now, deadline);
  const expire = useEffectEvent(async () => {
    await session.signOut('session-ended');
    leave('session-ended');
  });
  useEffect(() => {
    if (phase === 'expired') void expire();
  }, [phase]);

  if (deadline === null || phase !== 'warning') return null;
  return <WarningDialog {...props} now={now} deadline={deadline} />;
}

function WarningDialog(props: {
  session: TimedSession;
  leave: (why: SessionEnd) => void;
  signOutWhenRefused?: boolean;
  now: number;
  deadline: number;
}) {
  const { session, leave, now, deadline } = props;
  const t = useT();
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
    if (!(await session.refresh())) {
      if (props.signOutWhenRefused) await session.signOut('session-ended');
      leave('session-ended');
    }
    setBusy(false);
  };
  const signOut = async () => {
    await session.signOut();
    leave('signed-out');
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
