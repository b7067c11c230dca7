import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ApiFailure } from '../../../api/api-failure.ts';
import { useLanguage, useT } from '../../../i18n/language-context.tsx';
import { identityPaths } from '../../identity/identity-paths.ts';
import { identityStateFrom } from '../../identity/identity-return.ts';
import { useCardsT } from '../use-cards-t.ts';

/**
 * A refused family change at the top of the page, in the server's plain words (or ours when the
 * server could not be reached), with the way to prove it is you when that is what is missing.
 */
export function FamilyProblem(props: { failure: ApiFailure; attempt: number; here: string }) {
  const t = useCardsT();
  const common = useT();
  const { language } = useLanguage();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [props.attempt]);
  const { failure } = props;
  const message =
    failure.kind === 'network'
      ? t.problem.network
      : failure.code === 'REAL_PERSON_AUTHENTICATION_REQUIRED'
        ? t.problem.lapsed
        : failure.messages && failure.status < 500
          ? language === 'zh-CN'
            ? failure.messages.zh
            : failure.messages.en
          : t.problem.other;
  return (
    <div
      className="error-summary"
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="family-problem-title"
    >
      <h2 className="error-summary__title" id="family-problem-title">
        {t.problem.title}
      </h2>
      <p>{message}</p>
      {failure.code === 'REAL_PERSON_AUTHENTICATION_REQUIRED' && (
        <p>
          <Link to={identityPaths.verification} state={identityStateFrom(props.here)}>
            {common.account.verifyLink}
          </Link>
        </p>
      )}
    </div>
  );
}
