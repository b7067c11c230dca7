import { useState, type FormEvent } from 'react';
import { cardChanges } from '../../api/cards.ts';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.tsx';
import type { ActionPageProps } from './CardActionPage.tsx';
import { CardPasswordField } from './CardPasswordField.tsx';
import { RealPersonGate } from './RealPersonGate.tsx';
import { compactPassword, passwordProblems } from './card-password.ts';
import { useCardsT } from './use-cards-t.ts';

/** 启用: the new six-digit service password, typed twice, then the card is enabled. */
export function EnableForm(props: ActionPageProps) {
  const t = useCardsT();
  return (
    <>
      <p>{t.enable.intro}</p>
      <RealPersonGate account={props.account} here={props.here}>
        <PasswordForm {...props} />
      </RealPersonGate>
    </>
  );
}

function PasswordForm(props: ActionPageProps) {
  const t = useCardsT();
  // Kept in memory only, and only while this page is open.
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = passwordProblems(password, repeat).map((problem) => ({
      fieldId: problem.field === 'password' ? 'card-password' : 'card-password-repeat',
      message: t.enable[problem.code],
    }));
    setErrors(found);
    props.showingErrors(found.length > 0);
    if (found.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    props.send((card) => cardChanges.enable(card.id, card.version, compactPassword(password)));
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      <CardPasswordField
        id="card-password"
        label={t.enable.password}
        hint={t.enable.passwordHint}
        error={errorOf('card-password')}
        value={password}
        onChange={setPassword}
      />
      <CardPasswordField
        id="card-password-repeat"
        label={t.enable.repeat}
        error={errorOf('card-password-repeat')}
        value={repeat}
        onChange={setRepeat}
      />
      <button type="submit" className="button" aria-disabled={props.busy || undefined}>
        {t.enable.submit}
      </button>
    </form>
  );
}
