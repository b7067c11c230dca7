import type { FormEvent } from 'react';
import { cardChanges } from '../../api/cards.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import type { ActionPageProps } from './CardActionPage.tsx';
import { RealPersonGate } from './RealPersonGate.tsx';
import { useCardsT } from './use-cards-t.ts';

type SimpleAction =
  | 'report-temporary-loss'
  | 'unblock'
  | 'request-renewal'
  | 'request-replacement'
  | 'decline-cancellation-offer';

/** An action with nothing to answer: what it does, in plain words, and one button to do it. */
export function SimpleActionForm(props: ActionPageProps & { action: SimpleAction }) {
  const t = useCardsT();
  const { language } = useLanguage();
  const { card, action } = props;
  const words = t[action];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.send((current) => cardChanges[action](current.id, current.version));
  };
  const explanation: string[] = (() => {
    switch (action) {
      case 'report-temporary-loss':
        return [
          t['report-temporary-loss'].intro,
          t['report-temporary-loss'].ends,
          t['report-temporary-loss'].formal,
        ];
      case 'unblock':
        return [t.unblock.intro, t.unblock.check];
      case 'request-renewal':
        return [
          t['request-renewal'].intro,
          t['request-renewal'].when(
            formatDate(card.expiresOn, language),
            formatDate(card.renewal.allowedFrom, language),
          ),
          t['request-renewal'].what,
        ];
      case 'request-replacement':
        return [t['request-replacement'].intro, t['request-replacement'].what];
      case 'decline-cancellation-offer':
        return [t['decline-cancellation-offer'].intro];
    }
  })();
  return (
    <>
      {explanation.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <RealPersonGate account={props.account} here={props.here}>
        <form onSubmit={submit} noValidate>
          <button type="submit" className="button" aria-disabled={props.busy || undefined}>
            {words.submit}
          </button>
        </form>
      </RealPersonGate>
    </>
  );
}
