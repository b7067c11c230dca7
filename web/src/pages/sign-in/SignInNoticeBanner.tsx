import { useT } from '../../i18n/language-context.tsx';
import type { SignInNotice } from './sign-in-state.ts';

/** Why the person is on the sign-in page: signed out, timed out, or sent here to sign in first. */
export function SignInNoticeBanner({ notice }: { notice: SignInNotice }) {
  const t = useT();
  const text =
    notice === 'session-ended'
      ? t.signIn.sessionEnded
      : notice === 'signed-out'
        ? t.signIn.signedOut
        : t.signIn.signInFirst;
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}
