import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CitizenAccount } from '../../api/client.ts';
import { identityPaths } from '../identity/identity-paths.ts';
import { identityStateFrom } from '../identity/identity-return.ts';
import { useCardsT } from './use-cards-t.ts';

/**
 * Shows `children` (the form or the button that changes the card) only when the person proved it
 * is them recently enough; otherwise sends them to real-person authentication first, which comes
 * back to `here`. Asked before anything is typed, so nothing typed is lost on the way. The server
 * checks again when the change is sent (403 REAL_PERSON_AUTHENTICATION_REQUIRED).
 */
export function RealPersonGate(props: {
  account: CitizenAccount;
  here: string;
  children: ReactNode;
}) {
  const t = useCardsT();
  const [drawnAt] = useState(() => Date.now());
  const until = props.account.realPersonAuthenticatedUntil;
  if (until && Date.parse(until) > drawnAt) return props.children;
  return (
    <div className="card-gate">
      <h2>{t.gate.heading}</h2>
      <p>{t.gate.body}</p>
      <p>
        <Link
          className="button"
          to={identityPaths.verification}
          state={identityStateFrom(props.here)}
        >
          {t.gate.link}
        </Link>
      </p>
      <p>{t.gate.backAfter}</p>
    </div>
  );
}
