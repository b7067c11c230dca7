import type { z } from 'zod';
import { maskPhone } from '../../../../domain/identifiers/index.ts';
import type { ActiveSession, SessionPolicy } from '../../platform/auth/session-store.ts';
import type { CitizenAccount } from './identity.repository.ts';
import type { citizenAccountSchema } from './identity.schemas.ts';

/** The signed-in citizen as their own pages see them: the phone masked, as everywhere. */
export function presentCitizenAccount(
  account: CitizenAccount,
  phone: string,
  session: ActiveSession,
  policy: SessionPolicy,
): z.infer<typeof citizenAccountSchema> {
  return {
    phone: maskPhone(phone),
    personBound: account.personId !== null,
    session: {
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds: policy.idleMinutes * 60,
    },
  };
}
