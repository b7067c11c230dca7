import type { z } from 'zod';
import { maskCitizenId, maskName, maskPhone } from '../../../../domain/identifiers/index.ts';
import type { ActiveSession, SessionPolicy } from '../../platform/auth/session-store.ts';
import type { citizenAccountSchema } from './identity.schemas.ts';
import type { CitizenAccountView } from './queries/get-citizen-account.ts';

/** The signed-in citizen as their own pages see them: phone, name and ID number masked, as everywhere. */
export function presentCitizenAccount(
  view: CitizenAccountView,
  session: ActiveSession,
  policy: SessionPolicy,
): z.infer<typeof citizenAccountSchema> {
  return {
    phone: maskPhone(view.phone),
    personBound: view.account.personId !== null,
    person: view.person
      ? { name: maskName(view.person.name), citizenId: maskCitizenId(view.person.citizenId) }
      : null,
    realPersonAuthenticatedUntil: view.realPersonAuthenticatedUntil?.toISOString() ?? null,
    session: {
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds: policy.idleMinutes * 60,
    },
  };
}
