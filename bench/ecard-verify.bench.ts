import { createPrivateKey, createPublicKey, verify } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { issueCard } from '../server/src/modules/cards/commands/issue-card.ts';
import { selectCardForUpdate } from '../server/src/modules/cards/cards.repository.ts';
import { recordCardAction } from '../server/src/modules/cards/record-card-action.ts';
import { openBenchDatabase } from './bench-database.ts';
import { drainPool, prepareCitizens, startProductionApp } from './citizen-fixtures.ts';
import type { InquiryBenchResult, Measured } from './inquiry.bench.ts';
import { measureLoad, measureLoadWithCpu } from './load.ts';
import { median } from './submissions.bench.ts';

export interface EcardVerifyBenchResult extends InquiryBenchResult {
  /** A bare route that only answers the same body: what the crypto and the read cost. */
  emptyRoute: Measured;
  ratioToEmptyRoute: number;
}

/**
 * A hospital verifying an e-card QR code (`POST /api/v1/ecard/verify`) through the whole
 * platform — security headers, the generous rate limit, body validation, the token's signature
 * and time, the reference decrypted, one primary-key read of the card's state, the presenter, the
 * response schema, request ids and the logger at `warn` — against a bare Fastify route doing the
 * irreducible part of the same work on the same token: parse the body, check the Ed25519
 * signature and the expiry, read the card's state by primary key with a prepared statement,
 * answer the same body. A third
 * route answering the body without any work shows what the signature and the read cost. Load from
 * wrk (50 connections, POST); rounds alternate and each side's median is kept; a fresh code is
 * issued before each round (a code lives ECARD_QR_SECONDS). Goal: at least 0.7.
 */
export async function benchEcardVerify(options: {
  seconds: number;
  connections: number;
  rounds: number;
}): Promise<EcardVerifyBenchResult> {
  const database = await openBenchDatabase();
  const { app, url, cipher, config } = await startProductionApp(database);
  const [cookie] = await prepareCitizens({ database, cipher, config, count: 1, batch: 5 });
  const { rows } = await database.pool.query<{ person_id: string }>(
    'select person_id from citizen_accounts where person_id is not null limit 1',
  );
  const personId = rows[0]!.person_id;
  const cardId = await database.db.transaction(async (tx) => {
    const actor = { type: 'system', id: 'bench' } as const;
    const card = await issueCard(tx, {
      cipher,
      actor,
      personId,
      issuingRegionCode: '440100',
      issuedOn: '2024-03-01',
    });
    await recordCardAction(tx, {
      card: (await selectCardForUpdate(tx, personId, card.id))!,
      actor,
      action: 'enabled',
    });
    return card.id;
  });
  const post = (path: string) =>
    fetch(url + path, { method: 'POST', headers: { cookie: cookie! } });
  const applied = await post(`/api/v1/me/cards/${cardId}/ecard`);
  if (applied.status !== 201) throw new Error(`e-card application answered ${applied.status}`);
  const { id: ecardId } = (await applied.json()) as { id: string };
  const freshToken = async () => {
    const qr = await post(`/api/v1/me/ecards/${ecardId}/qr`);
    if (qr.status !== 200) throw new Error(`QR code answered ${qr.status}`);
    return ((await qr.json()) as { token: string }).token;
  };
  const verifyUrl = `${url}/api/v1/ecard/verify`;
  const sample = await fetch(verifyUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: await freshToken() }),
  });
  const answer = await sample.text();
  if (sample.status !== 200 || !answer.includes('"valid":true'))
    throw new Error(`verify answered ${sample.status}: ${answer}`);

  const publicKey = createPublicKey(createPrivateKey(config.ecard.signingKey!));
  const bare = Fastify({ logger: false });
  bare.post('/bare', async (request, reply) => {
    const bytes = Buffer.from((request.body as { token: string }).token, 'base64url');
    const signedLength = 62 + bytes[61]!;
    const genuine = verify(
      null,
      bytes.subarray(0, signedLength),
      publicKey,
      bytes.subarray(signedLength),
    );
    if (!genuine || Date.now() >= bytes.readUInt32BE(13) * 1000) throw new Error('refused');
    // Named, so that PostgreSQL parses and plans it once per connection, as the platform's is.
    const state = await database.pool.query({
      name: 'bench_ecard_state',
      text: `select c.status, c.issuing_region_code from ecards e
               join cards c on c.person_id = e.person_id and c.id = e.card_id
              where e.person_id = $1 and e.id = $2`,
      values: [personId, ecardId],
    });
    if (state.rows[0]?.status !== 'normal') throw new Error('not usable');
    return reply.type('application/json').send(answer);
  });
  bare.post('/empty', async (_request, reply) => reply.type('application/json').send(answer));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;

  const load = { seconds: options.seconds, connections: options.connections };
  try {
    const warmToken = JSON.stringify({ token: await freshToken() });
    for (const target of [`${bareUrl}/bare`, verifyUrl, `${bareUrl}/empty`])
      await measureLoad(target, { ...load, seconds: 2, jsonBody: warmToken });
    const baselines: Measured[] = [];
    const subjects: Measured[] = [];
    const empties: Measured[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const jsonBody = JSON.stringify({ token: await freshToken() });
      baselines.push(await measureLoadWithCpu(`${bareUrl}/bare`, { ...load, jsonBody }));
      subjects.push(await measureLoadWithCpu(verifyUrl, { ...load, jsonBody }));
      empties.push(await measureLoadWithCpu(`${bareUrl}/empty`, { ...load, jsonBody }));
    }
    if ([...subjects, ...baselines].some((s) => s.non2xx > 0 || s.errors > 0))
      throw new Error('a verification answered errors under load');
    const baseline = median(baselines, (m) => m.requestsPerSecond);
    const subject = median(subjects, (m) => m.requestsPerSecond);
    const emptyRoute = median(empties, (m) => m.requestsPerSecond);
    const cpu = (list: Measured[]) =>
      median(list, (m) => m.cpuMicrosPerRequest).cpuMicrosPerRequest;
    return {
      name: 'e-card QR verification vs bare signature check and read',
      baseline,
      subject,
      ratio: subject.requestsPerSecond / baseline.requestsPerSecond,
      cpuRatio: cpu(baselines) / cpu(subjects),
      goal: 0.7,
      emptyRoute,
      ratioToEmptyRoute: subject.requestsPerSecond / emptyRoute.requestsPerSecond,
    };
  } finally {
    await drainPool(database);
    await bare.close();
    await app.close();
    await database.stop();
  }
}
