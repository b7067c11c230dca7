import { useState } from 'react';
import { Link } from 'react-router';
import { toApiFailure } from '../../api/api-failure.ts';
import { confirmDevelopmentFace } from '../../api/identity.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { usePageHeading } from '../../components/use-page-heading.ts';
import { useT } from '../../i18n/language-context.tsx';
import { identityPaths } from './identity-paths.ts';
import { useIdentityReturn } from './identity-return.ts';
import { SignedInOnly } from './SignedInOnly.tsx';

/**
 * DEVELOPMENT ONLY: stands in for the provider's face check, which the development adapter
 * replaces with a button. It says so plainly; no camera is opened and no face is captured.
 */
export function DevelopmentFacePage() {
  return (
    <SignedInOnly returnTo={identityPaths.verification}>{() => <DevelopmentFace />}</SignedInOnly>
  );
}

function DevelopmentFace() {
  const t = useT();
  const auth = useAuth();
  const back = useIdentityReturn();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = usePageHeading(t.verification.developmentTitle, problem !== null);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const { result } = await confirmDevelopmentFace();
      if (result === 'passed') {
        await auth.refresh();
        back.finish('real-person-authenticated');
        return;
      }
      setProblem(t.verification.failed);
    } catch (caught) {
      const failure = toApiFailure(caught);
      setProblem(
        failure.kind === 'network'
          ? t.signIn.network
          : failure.status === 422
            ? t.verification.developmentFailed
            : t.problems.other,
      );
    }
    setBusy(false);
  };

  return (
    <>
      <BackLink to={identityPaths.verification} state={back.state} />
      {problem && (
        <div className="problem" role="alert">
          <h2 className="problem__title">{t.common.errorSummaryTitle}</h2>
          <p>{problem}</p>
          <p>
            <Link to={identityPaths.verification} state={back.state}>
              {t.verification.startAgain}
            </Link>
          </p>
        </div>
      )}
      <h1 ref={heading} tabIndex={-1}>
        {t.verification.developmentTitle}
      </h1>
      <p className="notice development-notice">{t.verification.developmentBody}</p>
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        onClick={() => void confirm()}
      >
        {busy ? t.verification.confirming : t.verification.developmentConfirm}
      </button>
    </>
  );
}
