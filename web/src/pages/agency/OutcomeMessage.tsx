import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApiFailure } from '../../api/api-failure.ts';
import { useLanguage, useT } from '../../i18n/language-context.tsx';

/** What came of the last action on a back-office page, as far as the message cares. */
export type Outcome =
  { kind: 'done' } | { kind: 'failed'; failure: ApiFailure } | { kind: 'reloaded' };

/** The words of an outcome message: the page's own, about its case or card. */
export interface OutcomeTexts {
  reloaded: string;
  conflictTitle: string;
  conflict: string;
  reload: string;
  failed: string;
}

/**
 * The message after an action of the back office (a case's step, a card's action), which takes
 * the focus so that it is read at once: `done` after a success; a conflict (409: someone acted
 * first, or the page is stale) says so plainly — `notAllowed` when its code says the state allows
 * no such action — and offers to reload; what was typed stays on the page.
 */
export function OutcomeMessage(props: {
  outcome: Outcome;
  texts: OutcomeTexts;
  done: ReactNode;
  notAllowed: { code: string; text: string };
  reloadTo: string;
  onReload: () => void;
}) {
  const common = useT();
  const { language } = useLanguage();
  const { outcome, texts } = props;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [outcome]);

  if (outcome.kind === 'reloaded')
    return (
      <div className="notice" role="status" ref={box} tabIndex={-1}>
        <p>{texts.reloaded}</p>
      </div>
    );
  if (outcome.kind === 'done')
    return (
      <div className="notice notice--success" role="status" ref={box} tabIndex={-1}>
        {props.done}
      </div>
    );
  const { failure } = outcome;
  if (failure.status === 409)
    return (
      <div className="problem" role="alert" ref={box} tabIndex={-1}>
        <h2 className="problem__title">{texts.conflictTitle}</h2>
        <p>{failure.code === props.notAllowed.code ? props.notAllowed.text : texts.conflict}</p>
        <p>
          <Link to={props.reloadTo} replace onClick={props.onReload}>
            {texts.reload}
          </Link>
        </p>
      </div>
    );
  const message =
    failure.kind === 'network'
      ? common.problems.network
      : failure.messages
        ? language === 'zh-CN'
          ? failure.messages.zh
          : failure.messages.en
        : common.problems.other;
  return (
    <div className="problem" role="alert" ref={box} tabIndex={-1}>
      <h2 className="problem__title">{texts.failed}</h2>
      <p>{message}</p>
    </div>
  );
}
