import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ecardKeyringOf,
  ecardReferenceKey,
  signEcardToken,
  verifyEcardToken,
} from '../../../src/modules/cards/ecard/index.ts';
import type { Db } from '../../../src/platform/db/database.ts';
import { selectCardForUpdate } from '../../../src/modules/cards/cards.repository.ts';
import { selectVerificationState } from '../../../src/modules/cards/ecard/ecards.repository.ts';
import { recordCardAction } from '../../../src/modules/cards/record-card-action.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import { cardClient } from '../card-helpers.ts';
import {
  cardWith,
  citizenOf,
  ecardClient,
  movableClock,
  personIdOf,
  verifier,
  type TestApp,
} from './ecard-helpers.ts';

/** The token with the byte at `offset` changed. */
const altered = (token: string, offset: number) => {
  const bytes = Buffer.from(token, 'base64url');
  bytes[offset] = bytes[offset]! ^ 0x40;
  return bytes.toString('base64url');
};

describe('showing an e-card QR code and verifying it', () => {
  const clock = movableClock();
  let t: TestApp;
  let holder: ReturnType<typeof ecardClient>;
  let ecardId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true, clock: clock.now });
    holder = ecardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    ecardId = await holder.ecardOfFirstCard();
  });
  afterAll(() => t?.close());

  const cancel = async (personId: string, cardId: string) =>
    t.database.db.transaction(async (tx) =>
      recordCardAction(tx, {
        card: (await selectCardForUpdate(tx, personId, cardId))!,
        actor: { type: 'system', id: 'test' },
        action: 'cancelled',
        reason: 'duplicate-card-in-another-region',
      }),
    );

  it('verifies a fresh code: the masked name, the card state and the region, nothing else', async () => {
    const qr = await holder.qr(ecardId);
    expect(qr.statusCode).toBe(200);
    const { token, issuedAt, expiresAt, lifetimeSeconds } = qr.json();
    expect(token.length).toBeLessThan(200);
    expect(lifetimeSeconds).toBe(60);
    expect(Date.parse(expiresAt) - Date.parse(issuedAt)).toBe(60_000);
    const answer = await verifier(t).verify(token);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      valid: true,
      holderName: '林*',
      cardState: 'normal',
      cardStateLabel: { zh: '正常', en: 'In use' },
      regionName: '厦门市',
      expiresAt,
    });
    // The same code verifies again while it lasts (a hospital may scan twice).
    expect((await verifier(t).verify(token)).json().valid).toBe(true);
  });

  it('refuses a code after it expired (the clock moved on), with 200 and the reason', async () => {
    const { token } = (await holder.qr(ecardId)).json();
    clock.advance(59_000);
    expect((await verifier(t).verify(token)).json().valid).toBe(true);
    clock.advance(1_000);
    const answer = await verifier(t).verify(token);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      valid: false,
      reason: 'expired',
      cardState: null,
      cardStateLabel: null,
    });
    // A new code works at the new time.
    expect((await verifier(t).verify((await holder.qr(ecardId)).json().token)).json().valid).toBe(
      true,
    );
  });

  it('refuses a code whose payload or signature was altered by one byte', async () => {
    const { token } = (await holder.qr(ecardId)).json();
    const length = Buffer.from(token, 'base64url').length;
    // Issued-at, expires-at, the encrypted reference, the masked name, the signature.
    for (const offset of [12, 16, 30, 62, length - 10]) {
      const answer = await verifier(t).verify(altered(token, offset));
      expect(answer.json()).toMatchObject({ valid: false, reason: 'bad-signature' });
    }
  });

  it('refuses a code forged with another key, whatever key id it claims', async () => {
    const forger = ecardKeyringOf({ signingKey: generateKeyPairSync('ed25519').privateKey });
    const forge = () =>
      signEcardToken({
        key: forger.signing,
        referenceKey: randomBytes(32),
        reference: { personId: '01906c05-3900-75c4-9f58-0820e77fdb9a', ecardId },
        maskedName: '林*',
        lifetimeSeconds: 60,
        now: clock.now(),
      }).token;
    expect((await verifier(t).verify(forge())).json()).toMatchObject({
      valid: false,
      reason: 'unknown-key',
    });
    const { keys } = (await verifier(t).publicKeys()).json();
    const claimingOurs = Buffer.from(forge(), 'base64url');
    Buffer.from(keys[0].kid, 'base64url').copy(claimingOurs, 1, 0, 8);
    expect((await verifier(t).verify(claimingOurs.toString('base64url'))).json()).toMatchObject({
      valid: false,
      reason: 'bad-signature',
    });
  });

  it('answers malformed for what is not a code, and 400 for a request without one', async () => {
    for (const token of ['hello', 'AAAA', 'x'.repeat(300)])
      expect((await verifier(t).verify(token)).json()).toMatchObject({
        valid: false,
        reason: 'malformed',
      });
    expect((await verifier(t).verify(undefined)).statusCode).toBe(400);
    const extra = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ecard/verify',
      payload: { token: 'AAAA', cardId: ecardId },
    });
    expect(extra.statusCode).toBe(400);
  });

  it('refuses a code once the card is cancelled after it was shown, and shows no code after', async () => {
    const personId = await personIdOf(t, 'first-job');
    const cardId = await cardWith(t, personId, ['enabled'], { regionCode: '110100' });
    const applied = await holder.apply(cardId);
    expect(applied.statusCode).toBe(201);
    const beijing = applied.json().id as string;
    const { token } = (await holder.qr(beijing)).json();
    expect((await verifier(t).verify(token)).json()).toMatchObject({
      valid: true,
      regionName: '北京市',
    });
    await cancel(personId, cardId);
    expect((await verifier(t).verify(token)).json()).toEqual({
      valid: false,
      reason: 'card-cancelled',
      cardState: 'cancelled',
      cardStateLabel: { zh: '已注销', en: 'Cancelled' },
    });
    const again = await holder.qr(beijing);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'ECARD_CARD_CANCELLED',
      details: { status: 'cancelled' },
    });
    expect((await holder.get(beijing)).json()).toMatchObject({
      cardState: 'cancelled',
      usable: false,
      refusal: 'card-cancelled',
    });
  });

  it('refuses the code of a sealed card, and of a card formally reported lost', async () => {
    const personId = await personIdOf(t, 'first-job');
    const sealed = (
      await holder.apply(await cardWith(t, personId, [], { regionCode: '310100' }))
    ).json().id as string;
    const qr = await holder.qr(sealed);
    expect(qr.statusCode).toBe(409);
    expect(qr.json()).toMatchObject({
      code: 'ECARD_CARD_NOT_USABLE',
      details: { status: 'sealed' },
    });
    const lost = await cardWith(t, personId, ['enabled', 'formal-loss-reported'], {
      regionCode: '440100',
    });
    const lostEcard = (await holder.apply(lost)).json().id as string;
    expect((await holder.qr(lostEcard)).json().code).toBe('ECARD_CARD_NOT_USABLE');
  });

  it('refuses an altered or expired code in memory, before any read of the database', async () => {
    const noDatabase = new Proxy({} as Db, {
      get: () => {
        throw new Error('the database was used');
      },
    });
    const keyring = ecardKeyringOf({ signingKey: generateKeyPairSync('ed25519').privateKey });
    const referenceKey = ecardReferenceKey(t.cipher);
    const now = new Date();
    const { token } = signEcardToken({
      key: keyring.signing,
      referenceKey,
      reference: { personId: await personIdOf(t, 'first-job'), ecardId },
      maskedName: '林*',
      lifetimeSeconds: 60,
      now,
    });
    const verify = (code: string, at = now) =>
      verifyEcardToken({ db: noDatabase, keyring, referenceKey, token: code, now: at });
    expect(await verify(altered(token, 30))).toMatchObject({ reason: 'bad-signature' });
    expect(await verify(token, new Date(now.getTime() + 61_000))).toMatchObject({
      reason: 'expired',
    });
    // A genuine, current code is the only one that reaches the database.
    await expect(verify(token)).rejects.toThrow('the database was used');
  });
});

describe('a card reported lost for now', () => {
  let t: TestApp;
  let holder: ReturnType<typeof ecardClient>;
  let ecardId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    // 陈晓珊's demo card is under a temporary loss report.
    holder = ecardClient(t, await citizenOf(t, 'within-province', { authenticated: true }));
    ecardId = await holder.ecardOfFirstCard('temporary-loss');
  });
  afterAll(() => t?.close());

  it('shows no code without the holder’s authorisation, and one with it', async () => {
    const refused = await holder.qr(ecardId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'ECARD_LOSS_AUTHORISATION_REQUIRED',
      details: { status: 'temporary-loss' },
    });
    const authorised = await holder.authorise(ecardId, 30);
    expect(authorised.statusCode).toBe(201);
    const { expiresAt } = authorised.json();
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    const { token } = (await holder.qr(ecardId)).json();
    expect((await verifier(t).verify(token)).json()).toMatchObject({
      valid: true,
      holderName: '陈**',
      cardState: 'temporary-loss',
    });
    expect((await holder.get(ecardId)).json()).toMatchObject({
      usable: true,
      lossAuthorisedUntil: expiresAt,
    });
    // The authorisation's end is compared with the verification's own time: past it, none.
    const reference = {
      personId: (
        await t.database.pool.query('select person_id from ecards where id = $1', [ecardId])
      ).rows[0].person_id as string,
      ecardId,
    };
    const at = (time: number) => selectVerificationState(t.database.db, reference, new Date(time));
    expect((await at(Date.parse(expiresAt) - 1000))?.lossAuthorisedUntil?.toISOString()).toBe(
      expiresAt,
    );
    expect((await at(Date.parse(expiresAt)))?.lossAuthorisedUntil).toBeNull();
    const audit = await t.database.pool.query(
      `select action, data from audit_log where subject_id = $1 order by seq`,
      [ecardId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['ecard.issued', 'ecard.loss-authorised']);
    expect(JSON.stringify(audit.rows)).not.toContain('陈');

    // Revoked: the code already shown is refused at once, and no new one is given.
    expect((await holder.revoke(ecardId)).json()).toEqual({ revoked: 1 });
    expect((await verifier(t).verify(token)).json()).toMatchObject({
      valid: false,
      reason: 'card-not-usable',
      cardState: 'temporary-loss',
    });
    expect((await holder.qr(ecardId)).statusCode).toBe(409);
  });

  it('needs a fresh real-person authentication to authorise, and a loss report to authorise', async () => {
    const stale = await t.database.pool.query(
      `update real_person_verifications set completed_at = completed_at - interval '1 day',
              started_at = started_at - interval '1 day'`,
    );
    expect(stale.rowCount).toBeGreaterThan(0);
    const refused = await holder.authorise(ecardId, 30);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('REAL_PERSON_AUTHENTICATION_REQUIRED');
    await citizenOf(t, 'within-province', { authenticated: true });
    const other = ecardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    const normal = await other.ecardOfFirstCard();
    const nothingToAuthorise = await other.authorise(normal, 30);
    expect(nothingToAuthorise.statusCode).toBe(409);
    expect(nothingToAuthorise.json()).toMatchObject({
      code: 'ECARD_NO_TEMPORARY_LOSS',
      details: { status: 'normal' },
    });
  });

  it('authorises one report only: after an unblock and a new report, the holder must authorise again', async () => {
    expect((await holder.authorise(ecardId, 60)).statusCode).toBe(201);
    expect((await holder.qr(ecardId)).statusCode).toBe(200);
    const cardId = (await holder.get(ecardId)).json().cardId as string;
    const changes = cardClient(t, await citizenOf(t, 'within-province'));
    expect((await changes.change(cardId, 'unblock')).statusCode).toBe(200);
    const { token } = (await holder.qr(ecardId)).json();
    expect((await verifier(t).verify(token)).json()).toMatchObject({
      valid: true,
      cardState: 'normal',
    });
    expect((await changes.change(cardId, 'temporary-loss')).statusCode).toBe(200);
    expect((await verifier(t).verify(token)).json().reason).toBe('card-not-usable');
    expect((await holder.qr(ecardId)).json().code).toBe('ECARD_LOSS_AUTHORISATION_REQUIRED');
  });

  it('never authorises past the end of the loss report', async () => {
    const cardId = (await holder.get(ecardId)).json().cardId as string;
    const { rows } = await t.database.pool.query(
      `update cards set temporary_loss_ends_at = date_trunc('second', now()) + interval '10 minutes'
        where id = $1 and status = 'temporary-loss' returning temporary_loss_ends_at`,
      [cardId],
    );
    expect(rows).toHaveLength(1);
    const authorised = await holder.authorise(ecardId, 60);
    expect(authorised.statusCode).toBe(201);
    expect(authorised.json().expiresAt).toBe(rows[0].temporary_loss_ends_at.toISOString());
  });
});
