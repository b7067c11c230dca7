import { Link } from 'react-router';
import type { ApiFailure } from '../api/api-failure.ts';
import { useLanguage, useT } from '../i18n/language-context.tsx';
import type { Messages } from '../i18n/messages.zh-CN.ts';
import type { Language } from '../i18n/language.ts';

/** What went wrong, in words a citizen understands; never the server's internals. */
function describe(failure: ApiFailure, t: Messages, language: Language): string {
  if (failure.kind === 'network') return t.problems.network;
  if (failure.code === 'REGION_NOT_FOUND') return t.problems.notFound;
  if (failure.code === 'REGION_NOT_A_DESTINATION') return t.problems.notDestination;
  if (failure.status === 400) return t.problems.badLink;
  if (failure.messages) return language === 'zh-CN' ? failure.messages.zh : failure.messages.en;
  return t.problems.other;
}

const canRetry = (failure: ApiFailure) =>
  failure.kind === 'network' || failure.status === 429 || failure.status >= 500;

/** A plain message for a failed API call, with a retry button when retrying can help. */
export function ApiProblem(props: {
  failure: ApiFailure;
  onRetry: () => void;
  back?: { to: string; label: string };
}) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <div className="problem" role="alert">
      <h2 className="problem__title">{t.problems.heading}</h2>
      <p>{describe(props.failure, t, language)}</p>
      <ul className="actions">
        {canRetry(props.failure) && (
          <li>
            <button type="button" className="button" onClick={props.onRetry}>
              {t.common.retry}
            </button>
          </li>
        )}
        {props.back && (
          <li>
            <Link to={props.back.to}>{props.back.label}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
