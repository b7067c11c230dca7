import { describe, expect, it } from 'vitest';
import { maskLogRecord } from './logger.ts';

describe('log redaction', () => {
  it('masks ID numbers and phone numbers wherever they appear in a record', () => {
    const masked = JSON.stringify(
      maskLogRecord({
        msg: 'lookup for 11010519491231002X failed',
        nested: { contact: ['call 13812345678'], url: '/x?q=11010519491231002X' },
      }),
    );
    expect(masked).not.toContain('11010519491231002X');
    expect(masked).not.toContain('13812345678');
    expect(masked).toContain('1101**********002X');
    expect(masked).toContain('138****5678');
  });

  it('leaves other values as they are', () => {
    expect(
      maskLogRecord({ n: 5, ok: true, msg: 'request completed', code: 'REGION_NOT_FOUND' }),
    ).toEqual({
      n: 5,
      ok: true,
      msg: 'request completed',
      code: 'REGION_NOT_FOUND',
    });
  });
});

describe('createLogger', () => {
  it('writes requests, replies and errors with personal data masked', async () => {
    const { createLogger } = await import('./logger.ts');
    const lines: string[] = [];
    const { Writable } = await import('node:stream');
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger({ logLevel: 'info' }, sink);
    class FakeRequest {
      get method() {
        return 'GET';
      }
      get url() {
        return '/api/v1/x?id=11010519491231002X';
      }
      id = 'r1';
    }
    log.info({ req: new FakeRequest(), res: { statusCode: 404 } }, 'phone 13812345678');
    log.error({ err: new Error('no person 11010519491231002X') }, 'failed');
    const output = lines.join('');
    expect(output).not.toMatch(/11010519491231002X|13812345678/);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      req: { id: 'r1', method: 'GET', url: '/api/v1/x?id=1101**********002X' },
      res: { statusCode: 404 },
      msg: 'phone 138****5678',
    });
    expect(JSON.parse(lines[1]!).err.message).toBe('no person 1101**********002X');
  });
});
