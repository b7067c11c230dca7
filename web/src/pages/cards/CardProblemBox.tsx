import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ApiFailure } from '../../api/api-failure.ts';
import type { CardSummary } from '../../api/cards.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';
import { identityPaths } from '../identity/identity-paths.ts';
import { identityStateFrom } from '../identity/identity-return.ts';
import { actionPageOpen } from './card-offers.ts';
import { actionUrl, cardPaths } from './card-paths.ts';
import { describeCardProblem } from './card-problem.ts';
import { useCardsT } from './use-cards-t.ts';

/**
 * A refused change at the top of the page (the error summary's place): what happened in plain
 * words and where to go next. It takes focus each time `attempt` changes, so that a screen reader
 * reads it; `here` is this page's address, to come back to after proving it is you.
 */
export function CardProblemBox(props: {
  failure: ApiFailure;
  card: CardSummary;
  attempt: number;
  here: string;
}) {
  const t = useCardsT();
  const common = useT();
  const { language } = useLanguage();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [props.attempt]);
  const { message, next } = describeCardProblem(props.failure, props.card, t, language);
  const comeBack = identityStateFrom(props.here);
  return (
    <div
      className="error-summary"
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="card-problem-title"
    >
      <h2 className="error-summary__title" id="card-problem-title">
        {t.problem.title}
      </h2>
      <p>{message}</p>
      {next === 'verify' && (
        <p>
          <Link to={identityPaths.verification} state={comeBack}>
            {common.account.verifyLink}
          </Link>
        </p>
      )}
      {next === 'bind' && (
        <p>
          <Link to={identityPaths.bind} state={comeBack}>
            {common.account.bindLink}
          </Link>
        </p>
      )}
      {next === 'replacement' && actionPageOpen(props.card, 'request-replacement') && (
        <p>
          <Link to={actionUrl(props.card.id, 'request-replacement')}>
            {t.problem.toReplacement}
          </Link>
        </p>
      )}
      {next === 'list' && (
        <p>
          <Link to={cardPaths.mine}>{t.card.back}</Link>
        </p>
      )}
    </div>
  );
}
