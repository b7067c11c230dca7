import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCitizenIdCheckCharacter } from '../../../../domain/identifiers/index.ts';
import { createPerson } from '../../../src/modules/persons/index.ts';
import { statementsDuring } from '../../helpers/statements.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import { demoPerson } from '../card-helpers.ts';
import { cardWith, citizenOf, ecardClient, verifier, type TestApp } from './ecard-helpers.ts';

/** Name and ID number of a demo person, as a holder types them. */
const typed = (key: string, relation = 'other') => {
  const { name, citizenId } = demoPerson(key);
  return { name, citizenId, relation };
};

/** Adults of the demo registry, none of them the holders below nor deceased. */
const adults = [
  'cross-province',
  'temporary-account-man',
  'temporary-account-woman',
  'arrears',
  'drawing-pension',
  'earlier-ten-years',
  'before-1998',
  'flexible-worker',
  'open-application',
  'old-place-still-contributing',
  'not-yet-contributing',
];

describe('family members of an e-card holder', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  /** A child born in 2015 in Xiamen, registered with a card in use; their name and ID number. */
  const registerChild = async (name: string, sequence: string) => {
    const first17 = `35020320150601${sequence}`;
    const citizenId = first17 + computeCitizenIdCheckCharacter(first17);
    const child = await t.database.db.transaction((tx) =>
      createPerson({
        tx,
        cipher: t.cipher,
        actor: { type: 'system', id: 'test' },
        person: { name, citizenId, hukouRegionCode: '350203' },
      }),
    );
    const cardId = await cardWith(t, child.id, ['enabled'], { regionCode: '350200' });
    return { name, citizenId, personId: child.id, cardId };
  };

  it('invites an adult, who joins only by accepting after their own real-person authentication', async () => {
    const holder = ecardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    const invited = await holder.addMember(typed('employer-rates', 'spouse'));
    expect(invited.statusCode).toBe(201);
    const [member] = invited.json().members;
    expect(member).toMatchObject({
      name: expect.stringMatching(/^.\*+$/),
      relation: 'spouse',
      kind: 'adult',
      status: 'invited',
      ecards: [],
    });
    expect(invited.json()).toMatchObject({ limit: 8, placesLeft: 7 });

    // The invited adult has an e-card of their own; the holder cannot see it yet.
    const adultCitizen = await citizenOf(t, 'employer-rates', { authenticated: true });
    const adult = ecardClient(t, adultCitizen);
    const adultsEcard = await adult.ecardOfFirstCard();
    expect((await holder.qr(adultsEcard)).statusCode).toBe(404);

    const [invitation] = (await adult.memberships()).json().memberships;
    expect(invitation).toMatchObject({
      id: member.id,
      holderName: '林*',
      relation: 'spouse',
      status: 'invited',
    });
    await t.database.pool.query(
      `update real_person_verifications set completed_at = completed_at - interval '1 day',
              started_at = started_at - interval '1 day' where account_id = $1`,
      [adultCitizen.accountId],
    );
    const unproven = await adult.answer(member.id, 'accept');
    expect(unproven.statusCode).toBe(403);
    expect(unproven.json().code).toBe('REAL_PERSON_AUTHENTICATION_REQUIRED');
    await citizenOf(t, 'employer-rates', { authenticated: true });
    const accepted = await adult.answer(member.id, 'accept');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships[0].status).toBe('active');

    // Now the holder may show the member's e-card, but not manage it.
    const family = (await holder.family()).json();
    expect(family.members[0]).toMatchObject({ status: 'active', cardsWithoutEcard: [] });
    expect(family.members[0].ecards).toEqual([
      expect.objectContaining({ id: adultsEcard, relation: 'family', canManage: false }),
    ]);
    const { token } = (await holder.qr(adultsEcard)).json();
    const checked = (await verifier(t).verify(token)).json();
    expect(checked).toMatchObject({ valid: true, cardState: 'normal' });
    expect(checked.holderName).toBe(family.members[0].name);
    const manage = await holder.authorise(adultsEcard, 30);
    expect(manage.statusCode).toBe(422);
    expect(manage.json().code).toBe('FAMILY_MEMBER_NOT_MINOR');

    // The adult takes their consent back: the holder no longer reaches the e-card.
    expect((await adult.answer(member.id, 'leave')).json().memberships).toEqual([]);
    expect((await holder.qr(adultsEcard)).statusCode).toBe(404);
    expect((await holder.family()).json()).toMatchObject({ members: [], placesLeft: 8 });
    const audit = await t.database.pool.query(
      `select action, actor_id from audit_log where subject_id = $1 order by seq`,
      [member.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'ecard-family.member-invited',
      'ecard-family.invitation-accepted',
      'ecard-family.member-left',
    ]);
  });

  it('adds a minor at once by name and ID number, and lets the guardian apply for their e-card', async () => {
    const holder = ecardClient(t, await citizenOf(t, 'cross-province', { authenticated: true }));
    const child = await registerChild('周小满', '011');
    const wrongName = await holder.addMember({
      name: '周小',
      citizenId: child.citizenId,
      relation: 'child',
    });
    expect(wrongName.statusCode).toBe(422);
    expect(wrongName.json().code).toBe('PERSON_NOT_MATCHED');
    const added = await holder.addMember({
      name: child.name,
      citizenId: child.citizenId.toLowerCase(),
      relation: 'child',
    });
    expect(added.statusCode).toBe(201);
    const [member] = added.json().members;
    expect(member).toMatchObject({
      name: '周**',
      kind: 'minor',
      status: 'active',
      invitationExpiresAt: null,
      ecards: [],
      cardsWithoutEcard: [expect.objectContaining({ cardId: child.cardId, cardState: 'normal' })],
    });
    const applied = await holder.applyForMember(member.id, child.cardId);
    expect(applied.statusCode).toBe(201);
    expect(applied.json()).toMatchObject({ relation: 'guardian', canManage: true, usable: true });
    const { token } = (await holder.qr(applied.json().id)).json();
    expect((await verifier(t).verify(token)).json()).toMatchObject({
      valid: true,
      holderName: '周**',
    });
    expect((await holder.family()).json().members[0].cardsWithoutEcard).toEqual([]);

    // Nobody else reaches the child's e-card, nor applies for it.
    const stranger = ecardClient(t, await citizenOf(t, 'arrears', { authenticated: true }));
    expect((await stranger.qr(applied.json().id)).statusCode).toBe(404);
    expect((await stranger.get(applied.json().id)).statusCode).toBe(404);
    const notTheirs = await stranger.applyForMember(member.id, child.cardId);
    expect(notTheirs.statusCode).toBe(404);
    expect(notTheirs.json().code).toBe('FAMILY_MEMBER_NOT_FOUND');
    expect((await stranger.removeMember(member.id)).statusCode).toBe(404);
    expect((await stranger.answer(member.id, 'accept')).statusCode).toBe(404);
    expect((await stranger.apply(child.cardId)).statusCode).toBe(404);
  });

  it('refuses the holder themselves and a member added twice', async () => {
    const holder = ecardClient(t, await citizenOf(t, 'cross-province', { authenticated: true }));
    const self = await holder.addMember(typed('cross-province'));
    expect(self.statusCode).toBe(422);
    expect(self.json().code).toBe('FAMILY_MEMBER_SELF');
    expect((await holder.addMember(typed('before-1998'))).statusCode).toBe(201);
    const twice = await holder.addMember(typed('before-1998'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('FAMILY_MEMBER_EXISTS');
  });

  it('keeps eight places: a ninth member is refused until one leaves or declines', async () => {
    const holder = ecardClient(t, await citizenOf(t, 'drawing-pension', { authenticated: true }));
    const eight = adults.filter((key) => key !== 'drawing-pension').slice(0, 8);
    for (const key of eight) expect((await holder.addMember(typed(key))).statusCode).toBe(201);
    // The page names all eight (masked) with one read of the registry, not one read each.
    let family: Awaited<ReturnType<typeof holder.family>> | undefined;
    const statements = await statementsDuring(async () => (family = await holder.family()));
    expect(family!.json().members.map((m: { name: string }) => m.name)).toEqual(
      eight.map((key) => `${demoPerson(key).name.slice(0, 1)}**`),
    );
    expect(
      statements.filter((text) => /^select "id", "name" from "persons"/.test(text)),
    ).toHaveLength(1);
    const ninth = await holder.addMember(typed('back-payment'));
    expect(ninth.statusCode).toBe(409);
    expect(ninth.json()).toMatchObject({ code: 'FAMILY_MEMBERS_FULL', details: { limit: 8 } });

    // One invited adult declines: the place is free again.
    const decliner = ecardClient(t, await citizenOf(t, eight[0]!));
    const [invitation] = (await decliner.memberships()).json().memberships;
    expect((await decliner.answer(invitation.id, 'decline')).json().memberships).toEqual([]);
    expect((await holder.addMember(typed('back-payment'))).json().placesLeft).toBe(0);
    expect((await holder.addMember(typed('medical-short-gap'))).statusCode).toBe(409);
  });

  it('frees the place of an invitation nobody answered in seven days', async () => {
    const holder = ecardClient(t, await citizenOf(t, 'deemed-years', { authenticated: true }));
    for (const key of adults.slice(0, 8))
      expect((await holder.addMember(typed(key))).statusCode).toBe(201);
    const first = (await holder.family()).json().members[0];
    expect(Date.parse(first.invitationExpiresAt) - Date.parse(first.addedAt)).toBe(7 * 86_400_000);
    // Seven days pass for that invitation.
    await t.database.pool.query(
      `update ecard_family_members set invitation_expires_at = now() - interval '1 second',
              added_at = now() - interval '7 days' where id = $1`,
      [first.id],
    );
    const invitee = ecardClient(t, await citizenOf(t, adults[0]!));
    expect(
      (await invitee.memberships()).json().memberships.map((m: { id: string }) => m.id),
    ).not.toContain(first.id);
    expect((await invitee.answer(first.id, 'decline')).statusCode).toBe(404);
    expect((await holder.family()).json().placesLeft).toBe(1);
    expect((await holder.addMember(typed('back-payment'))).statusCode).toBe(201);
    const lapsed = await t.database.pool.query(
      'select status, slot from ecard_family_members where id = $1',
      [first.id],
    );
    expect(lapsed.rows).toEqual([{ status: 'expired', slot: null }]);
  });

  it('lets no burst of parallel additions past eight, the database deciding', async () => {
    const holder = ecardClient(
      t,
      await citizenOf(t, 'transfer-completed', { authenticated: true }),
    );
    const ten = [...adults.slice(0, 9), 'medical-long-gap'];
    const answers = await Promise.all(ten.map((key) => holder.addMember(typed(key))));
    const codes = answers.map((a) => (a.statusCode === 201 ? 201 : a.json().code)).sort();
    expect(codes).toEqual([...Array(8).fill(201), 'FAMILY_MEMBERS_FULL', 'FAMILY_MEMBERS_FULL']);
    const places = await t.database.pool.query(
      `select slot from ecard_family_members f join persons p on p.id = f.person_id
        where f.status in ('invited', 'active') and p.name = $1 order by slot`,
      [demoPerson('transfer-completed').name],
    );
    expect(places.rows.map((r) => r.slot)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
