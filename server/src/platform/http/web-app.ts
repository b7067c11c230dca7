import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * Serves the built web app (`web/dist`) from the same origin as the API. Unknown non-API paths
 * answer the app's index page, so that a bookmarked page of the single-page app opens directly.
 * An asset built after the server started (`npm run build:web` beside a running server) is still
 * served, and a missing one answers 404: never the index page, whose HTML a browser would refuse
 * as a script and leave the page blank.
 */
const ASSETS = 'assets/';

export async function registerWebApp(
  app: FastifyInstance,
  options: { distDir: string },
): Promise<void> {
  const indexFile = path.join(options.distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ distDir: options.distDir }, 'web app is not built; run `npm run build:web`');
    return;
  }
  await app.register(fastifyStatic, {
    root: options.distDir,
    wildcard: false,
    index: false,
    // Off, or `send`'s own `public, max-age=0` would overwrite the policy set below.
    cacheControl: false,
    setHeaders: (response, filePath) => {
      // Vite fingerprints asset names, so they can be cached for ever; pages must not be.
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      response.setHeader(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) throw new AppError('NOT_FOUND');
    // The files present at start have routes of their own; @fastify/static's `send` keeps this
    // path inside the root, and calls the not-found handler when there is no such file.
    const file = (request.params as { '*': string })['*'];
    if (file.startsWith(ASSETS)) return reply.sendFile(file);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
