import Fastify, { type FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logger.ts';
import {
  scannedLogDestination,
  scanResponses,
  takePersonalDataFindings,
} from '../helpers/personal-data-scan.ts';

// The scan that runs after every integration test file must be able to fail: here a small app
// leaks on purpose, and the scan is asked directly what it found.
describe('the personal-data scan of responses and logs', () => {
  const app = Fastify({
    loggerInstance: createLogger(
      { logLevel: 'info' },
      scannedLogDestination(),
    ) as FastifyBaseLogger,
  });
  beforeAll(async () => {
    scanResponses(app);
    app.get('/leak', async () => ({ id: '11010519491231002X', phone: '13812345678' }));
    app.get('/masked', async () => ({ id: '1101**********002X', phone: '138****5678' }));
    await app.ready();
  });
  afterAll(() => app.close());

  it('catches a full ID number or phone number in an answer, and accepts masked ones', async () => {
    await app.inject({ url: '/leak' });
    await app.inject({ url: '/masked' });
    const findings = takePersonalDataFindings().filter((f) => f.source !== 'log');
    expect(findings.map((f) => [f.source, f.kind])).toEqual([
      ['GET /leak', 'citizen-id'],
      ['GET /leak', 'mobile-phone'],
    ]);
  });

  it('finds nothing in the log: the logger masks what it writes', async () => {
    app.log.info({ note: 'phone 13812345678' }, 'looking up 11010519491231002X');
    expect(takePersonalDataFindings()).toEqual([]);
  });
});
