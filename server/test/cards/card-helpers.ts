import type { CancellationReasonCode, CardActionKind } from '../../../domain/cards/index.ts';
import { issueCard } from '../../src/modules/cards/commands/issue-card.ts';
import { selectCardForUpdate } from '../../src/modules/cards/cards.repository.ts';
import { recordCardAction } from '../../src/modules/cards/record-card-action.ts';
import { findPersonByCitizenId } from '../../src/modules/persons/index.ts';
import { citizenOf, demoPerson, type TestApp } from '../transfers/transfer-helpers.ts';

export { citizenOf, demoPerson, type TestApp };

/** The id of the demo person with this story key. */
export async function personIdOf(t: TestApp, key: string): Promise<string> {
  const person = await findPersonByCitizenId({
    db: t.database.db,
    cipher: t.cipher,
    citizenId: demoPerson(key).citizenId,
  });
  if (!person) throw new Error(`demo person ${key} is not seeded`);
  return person.id;
}

/**
 * A new card for the person, issued by the agency of `regionCode` on `issuedOn` and then taken
 * through `actions` by the platform (the way the holder and the agency would), committed.
 */
export async function cardWith(
  t: TestApp,
  personId: string,
  actions: readonly (CardActionKind | [CardActionKind, CancellationReasonCode])[],
  options: { regionCode?: string; issuedOn?: string } = {},
): Promise<string> {
  return t.database.db.transaction(async (tx) => {
    const actor = { type: 'system', id: 'test' } as const;
    const issued = await issueCard(tx, {
      cipher: t.cipher,
      actor,
      personId,
      issuingRegionCode: options.regionCode ?? '440100',
      issuedOn: options.issuedOn ?? '2024-03-01',
    });
    for (const step of actions) {
      const [action, reason] = Array.isArray(step) ? step : [step, null];
      const card = (await selectCardForUpdate(tx, personId, issued.id))!;
      await recordCardAction(tx, {
        card,
        actor,
        action,
        reason,
        temporaryLossEndsAt: new Date(Date.now() + 7 * 86_400_000),
      });
    }
    return issued.id;
  });
}

/** Requests of one citizen to the card routes, with their session and client address. */
export function cardClient(t: TestApp, citizen: { cookie: string; remoteAddress: string }) {
  const inject = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      remoteAddress: citizen.remoteAddress,
      headers: { cookie: citizen.cookie },
      ...(payload ? { payload } : {}),
    });
  return {
    list: () => inject('GET', '/me/cards'),
    get: (id: string) => inject('GET', `/me/cards/${id}`),
    post: (id: string, path: string, payload: Record<string, unknown>) =>
      inject('POST', `/me/cards/${id}/${path}`, payload),
    /** Posts with the card's current version, read first. */
    change: async (id: string, path: string, extra: Record<string, unknown> = {}) => {
      const version = (await inject('GET', `/me/cards/${id}`)).json().version as number;
      return inject('POST', `/me/cards/${id}/${path}`, { version, ...extra });
    },
    checkPassword: (cardId: string, password: string) =>
      inject('POST', '/ecard/password-check', { cardId, password }),
  };
}
