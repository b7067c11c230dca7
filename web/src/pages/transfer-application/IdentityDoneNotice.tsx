import { useLocation } from 'react-router';
import { useT } from '../../i18n/language-context.tsx';
import { readIdentityDone } from '../identity/identity-return.ts';

/** Says what was just done when the person comes back from binding or proving it is them. */
export function IdentityDoneNotice() {
  const t = useT();
  const done = readIdentityDone(useLocation().state);
  if (!done) return null;
  return (
    <div className="notice" role="status">
      <p>{done === 'person-bound' ? t.apply.personBoundBack : t.apply.authenticatedBack}</p>
    </div>
  );
}
