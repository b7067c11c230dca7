import { cardWith, citizenOf, personIdOf, type TestApp } from '../card-helpers.ts';

export { cardWith, citizenOf, personIdOf, type TestApp };

/** A clock the test moves on; the app reads it through `createTestApp({ clock })`. */
export function movableClock() {
  // Stopped on a whole second and moved only when told: codes carry whole seconds, and a clock
  // that also ran on would make "59 s later" sometimes a second later.
  let now = Math.floor(Date.now() / 1000) * 1000;
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

let verifiers = 0;

/** A hospital's counter: anonymous, from an address of its own. */
export function verifier(t: TestApp) {
  const remoteAddress = `10.88.${Math.floor(++verifiers / 250)}.${verifiers % 250}`;
  return {
    verify: (token: unknown) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/ecard/verify',
        remoteAddress,
        payload: { token },
      }),
    publicKeys: () =>
      t.app.inject({ method: 'GET', url: '/api/v1/ecard/public-keys', remoteAddress }),
  };
}

/** Requests of one citizen to the e-card and family routes. */
export function ecardClient(t: TestApp, citizen: { cookie: string; remoteAddress: string }) {
  const inject = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      remoteAddress: citizen.remoteAddress,
      headers: { cookie: citizen.cookie },
      ...(payload ? { payload } : {}),
    });
  return {
    cards: async () =>
      (await inject('GET', '/me/cards')).json().cards as { id: string; status: string }[],
    list: () => inject('GET', '/me/ecards'),
    get: (id: string) => inject('GET', `/me/ecards/${id}`),
    apply: (cardId: string) => inject('POST', `/me/cards/${cardId}/ecard`),
    qr: (ecardId: string) => inject('POST', `/me/ecards/${ecardId}/qr`),
    authorise: (ecardId: string, minutes: number) =>
      inject('POST', `/me/ecards/${ecardId}/temporary-loss-authorisation`, { minutes }),
    revoke: (ecardId: string) =>
      inject('POST', `/me/ecards/${ecardId}/temporary-loss-authorisation/revoke`),
    family: () => inject('GET', '/me/family-members'),
    addMember: (member: { name: string; citizenId: string; relation: string }) =>
      inject('POST', '/me/family-members', member),
    removeMember: (id: string) => inject('POST', `/me/family-members/${id}/remove`),
    applyForMember: (memberId: string, cardId: string) =>
      inject('POST', `/me/family-members/${memberId}/ecards`, { cardId }),
    memberships: () => inject('GET', '/me/family-memberships'),
    answer: (id: string, answer: 'accept' | 'decline' | 'leave') =>
      inject('POST', `/me/family-memberships/${id}/${answer}`),
    /** Applies for the e-card of the citizen's first card in `status` and returns its id. */
    ecardOfFirstCard: async (status = 'normal') => {
      const cards = (await inject('GET', '/me/cards')).json().cards as {
        id: string;
        status: string;
      }[];
      const card = cards.find((c) => c.status === status);
      if (!card) throw new Error(`no ${status} card`);
      const applied = await inject('POST', `/me/cards/${card.id}/ecard`);
      if (applied.statusCode !== 201)
        throw new Error(`apply answered ${applied.statusCode}: ${applied.body}`);
      return applied.json().id as string;
    },
  };
}
