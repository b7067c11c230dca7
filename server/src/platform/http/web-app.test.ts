import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerError, registerErrorHandler } from '../errors/error-handler.ts';
import { registerWebApp } from './web-app.ts';

describe('the web app served beside the API', () => {
  // The built app lies inside a folder of its own, where a test puts a file beside it.
  let parentDir: string;
  let distDir: string;
  let app: FastifyInstance;

  beforeEach(async () => {
    parentDir = mkdtempSync(path.join(tmpdir(), 'shebao-web-'));
    distDir = path.join(parentDir, 'dist');
    mkdirSync(path.join(distDir, 'assets'), { recursive: true });
    writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>社保</title>');
    writeFileSync(path.join(distDir, 'assets', 'index-old.js'), 'console.log("old")');
    app = Fastify({ logger: false, frameworkErrors: answerError });
    registerErrorHandler(app);
    await registerWebApp(app, { distDir });
  });

  afterEach(async () => {
    await app.close();
    rmSync(parentDir, { recursive: true, force: true });
  });

  it('answers a page of the app with the index page, not to be cached', async () => {
    const page = await app.inject('/my-applications/123');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<title>社保</title>');
  });

  it('serves an asset built after the server started, cached for ever as its name is its hash', async () => {
    // `npm run build:web` beside a running server writes new fingerprinted files.
    writeFileSync(path.join(distDir, 'assets', 'index-new.js'), 'console.log("new")');
    writeFileSync(path.join(distDir, 'index.html'), '<script src="/assets/index-new.js"></script>');

    const asset = await app.inject('/assets/index-new.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe('console.log("new")');
    expect((await app.inject('/')).body).toContain('/assets/index-new.js');
  });

  it('answers 404 for an asset that is not there, never the index page', async () => {
    const missing = await app.inject('/assets/index-gone.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await app.inject('/assets/%E0%A4%A')).json()).toMatchObject({
      code: 'MALFORMED_REQUEST',
    });
    expect((await app.inject('/assets/index-old.js')).body).toBe('console.log("old")');
  });

  it('never serves a file outside the built app', async () => {
    writeFileSync(path.join(parentDir, 'outside.txt'), 'secret');
    for (const url of ['/assets/..%2F..%2Foutside.txt', '/assets/%2e%2e%2f%2e%2e%2foutside.txt']) {
      const answer = await app.inject(url);
      expect(answer.statusCode, url).toBe(400);
      expect(answer.body, url).not.toContain('secret');
    }
    // Dot segments are resolved before routing: this is the page `/outside.txt` of the app.
    const resolved = await app.inject('/assets/%2E%2E/%2E%2E/outside.txt');
    expect(resolved.body).toContain('<title>社保</title>');
  });

  it('answers 404 with the API problem for an unknown API path', async () => {
    const unknown = await app.inject('/api/v1/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
