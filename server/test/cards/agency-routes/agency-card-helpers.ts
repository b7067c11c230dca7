import type { CancellationReasonCode } from '../../../../domain/cards/index.ts';
import { staffSession } from '../../helpers/staff.ts';
import { cardClient, cardWith, citizenOf, personIdOf, type TestApp } from '../card-helpers.ts';

export { cardClient, cardWith, citizenOf, personIdOf, type TestApp };

let addresses = 0;

/**
 * A signed-in demo member of agency staff (`demo.<region>.staff`) calling the agency card API,
 * each from an address of their own (the per-address limit is not what these tests are about).
 */
export async function cardStaff(t: TestApp, username: string) {
  const { cookie, staffId } = await staffSession(t.database, username);
  const remoteAddress = `10.88.${Math.floor(++addresses / 250)}.${addresses % 250}`;
  const call = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    t.app.inject({
      method,
      url: `/api/v1/agency/cards${url}`,
      remoteAddress,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    });
  return {
    staffId,
    queue: (query = '') => call('GET', `/tasks${query}`),
    card: (personId: string, cardId: string) => call('GET', `/${personId}/${cardId}`),
    complete: (taskId: string, body: Record<string, unknown>) =>
      call('POST', `/tasks/${taskId}/complete`, body),
    refuse: (taskId: string, body: Record<string, unknown>) =>
      call('POST', `/tasks/${taskId}/refuse`, body),
    formalLoss: (personId: string, cardId: string, body: Record<string, unknown>) =>
      call('POST', `/${personId}/${cardId}/formal-loss`, body),
    passwordReset: (personId: string, cardId: string, body: Record<string, unknown>) =>
      call('POST', `/${personId}/${cardId}/password-reset`, body),
    lookup: (body: Record<string, unknown>) => call('POST', '/lookup', body),
  };
}

export type CardStaffClient = Awaited<ReturnType<typeof cardStaff>>;

/**
 * The demo person `key` (signed in, authenticated) asks, through the holder's API, for a
 * cancellation of their card for a reason the agency handles, or for a replacement; the card as
 * they got it back.
 */
export async function holderAsks(
  t: TestApp,
  key: string,
  cardId: string,
  ask: { cancellation: Exclude<CancellationReasonCode, 'death'> } | 'replacement',
): Promise<{ version: number; status: string }> {
  const client = cardClient(t, await citizenOf(t, key, { authenticated: true }));
  const response =
    ask === 'replacement'
      ? await client.change(cardId, 'replacement')
      : await client.change(cardId, 'cancellation', { reason: ask.cancellation });
  if (response.statusCode !== 200)
    throw new Error(`${key} could not ask: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** The open task of a card, as its agency's card page shows it. */
export async function openTaskOf(
  staff: CardStaffClient,
  personId: string,
  cardId: string,
): Promise<{ id: string; version: number; kind: string }> {
  const page = await staff.card(personId, cardId);
  const task = page.json().openTask;
  if (!task) throw new Error(`card ${cardId} has no open task: ${page.statusCode} ${page.body}`);
  return task;
}

/** The audit entries about a subject, oldest first. */
export async function auditOf(t: TestApp, subjectId: string) {
  const { rows } = await t.database.pool.query<{
    action: string;
    actor_type: string;
    actor_id: string;
    data: Record<string, unknown>;
  }>(
    'select action, actor_type, actor_id, data from audit_log where subject_id = $1 order by seq',
    [subjectId],
  );
  return rows;
}

/** The paths of a 400 answer's invalid fields, sorted. */
export const invalidFields = (response: { json: () => { fields?: { path: string }[] } }) =>
  (response.json().fields ?? []).map((field) => field.path).sort();
