import { useLocation } from 'react-router';
import { readIdentityDone } from '../identity/identity-return.ts';
import { useCardsT } from './use-cards-t.ts';

/** Says what was just done when the person comes back from binding or proving it is them. */
export function IdentityBackNotice() {
  const t = useCardsT();
  const done = readIdentityDone(useLocation().state);
  if (!done) return null;
  return (
    <div className="notice" role="status">
      <p>{done === 'person-bound' ? t.gate.bound : t.gate.done}</p>
    </div>
  );
}
