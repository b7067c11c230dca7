import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ecardKeyringOf,
  ecardReferenceKey,
  signEcardToken,
} from '../../../src/modules/cards/ecard/index.ts';
import { selectCardForUpdate } from '../../../src/modules/cards/cards.repository.ts';
import { recordCardAction } from '../../../src/modules/cards/record-card-action.ts';
import { loadConfig } from '../../../src/platform/config.ts';
import { createTestApp } from '../../helpers/test-app.ts';
import { pendingEventPayloads } from '../../notifications/notification-helpers.ts';
import {
  cardWith,
  citizenOf,
  ecardClient,
  personIdOf,
  verifier,
  type TestApp,
} from './ecard-helpers.ts';

const pem = (key: ReturnType<typeof generateKeyPairSync>['privateKey']) =>
  key.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('applying for an e-card, and the keys that sign its codes', () => {
  const retired = generateKeyPairSync('ed25519');
  const current = generateKeyPairSync('ed25519');
  let t: TestApp;
  beforeAll(async () => {
    const { ecard } = loadConfig({
      ECARD_SIGNING_KEY: pem(current.privateKey),
      ECARD_RETIRED_PUBLIC_KEYS: retired.publicKey
        .export({ type: 'spki', format: 'der' })
        .toString('base64'),
      ECARD_QR_SECONDS: '90',
    });
    t = await createTestApp({ demoData: true, config: { ecard } });
  });
  afterAll(() => t?.close());

  it('issues one e-card per card, after a real-person authentication, for the holder’s own card only', async () => {
    const unproven = ecardClient(t, await citizenOf(t, 'first-job'));
    const [card] = await unproven.cards();
    const refused = await unproven.apply(card!.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('REAL_PERSON_AUTHENTICATION_REQUIRED');

    const holder = ecardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    const applied = await holder.apply(card!.id);
    expect(applied.statusCode).toBe(201);
    expect(applied.json()).toMatchObject({
      cardId: card!.id,
      relation: 'self',
      holderName: '林*',
      cardNumber: expect.stringMatching(/^[A-Z]\*{6}\d{2}$/),
      cardState: 'normal',
      issuingRegion: { code: '350200', name: '厦门市' },
      usable: true,
      refusal: null,
    });
    const again = await holder.apply(card!.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'ECARD_ALREADY_ISSUED',
      details: { ecardId: applied.json().id },
    });
    expect((await holder.list()).json().ecards.map((e: { id: string }) => e.id)).toEqual([
      applied.json().id,
    ]);
    const issued = (await pendingEventPayloads(t)).filter((e) => e.name === 'ecard.issued');
    expect(issued.map((e) => e.payload)).toEqual([
      { ecardId: applied.json().id, cardId: card!.id, personId: await personIdOf(t, 'first-job') },
    ]);

    const stranger = ecardClient(t, await citizenOf(t, 'arrears', { authenticated: true }));
    const notTheirs = await stranger.apply(card!.id);
    expect(notTheirs.statusCode).toBe(404);
    expect(notTheirs.json().code).toBe('CARD_NOT_FOUND');
    expect((await stranger.get(applied.json().id)).statusCode).toBe(404);
    expect((await stranger.qr(applied.json().id)).json().code).toBe('ECARD_NOT_FOUND');
    expect((await stranger.revoke(applied.json().id)).statusCode).toBe(404);
  });

  it('issues no e-card for a cancelled card', async () => {
    const holder = ecardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    const personId = await personIdOf(t, 'first-job');
    const cardId = await cardWith(t, personId, ['enabled'], { regionCode: '110100' });
    await t.database.db.transaction(async (tx) =>
      recordCardAction(tx, {
        card: (await selectCardForUpdate(tx, personId, cardId))!,
        actor: { type: 'system', id: 'test' },
        action: 'cancelled',
        reason: 'duplicate-card-in-another-region',
      }),
    );
    const refused = await holder.apply(cardId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ECARD_CARD_CANCELLED');
  });

  it('publishes the current key and the retired one, and accepts codes of both for their lifetime', async () => {
    const keys = await verifier(t).publicKeys();
    expect(keys.statusCode).toBe(200);
    expect(keys.headers).toMatchObject({
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    });
    const jwks = keys.json().keys;
    expect(jwks.map((k: { x: string }) => k.x)).toEqual([
      current.publicKey.export({ format: 'jwk' }).x,
      retired.publicKey.export({ format: 'jwk' }).x,
    ]);

    const holder = ecardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    const [ecard] = (await holder.list()).json().ecards;
    const qr = (await holder.qr(ecard.id)).json();
    expect(qr.lifetimeSeconds).toBe(90);
    expect(Buffer.from(qr.token, 'base64url').subarray(1, 9)).toEqual(
      Buffer.from(jwks[0].kid, 'base64url').subarray(0, 8),
    );

    // A code the platform signed just before the rotation, with the key now retired.
    const personId = await personIdOf(t, 'first-job');
    const beforeRotation = signEcardToken({
      key: ecardKeyringOf({ signingKey: retired.privateKey }).signing,
      referenceKey: ecardReferenceKey(t.cipher),
      reference: { personId, ecardId: ecard.id },
      maskedName: '林*',
      lifetimeSeconds: 60,
      now: new Date(),
    }).token;
    expect((await verifier(t).verify(beforeRotation)).json()).toMatchObject({
      valid: true,
      holderName: '林*',
    });
    const unlisted = signEcardToken({
      key: ecardKeyringOf({ signingKey: generateKeyPairSync('ed25519').privateKey }).signing,
      referenceKey: ecardReferenceKey(t.cipher),
      reference: { personId, ecardId: ecard.id },
      maskedName: '林*',
      lifetimeSeconds: 60,
      now: new Date(),
    }).token;
    expect((await verifier(t).verify(unlisted)).json()).toMatchObject({
      valid: false,
      reason: 'unknown-key',
    });
  });
});
