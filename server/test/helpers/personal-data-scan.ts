import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { findPersonalData } from '../../../domain/identifiers/index.ts';

/**
 * Everything the app under test sent or logged, scanned after each test file for citizen ID
 * numbers and phone numbers (SECURITY.md: none may appear outside the places that need them).
 */
const outputs: { source: string; text: string }[] = [];

/**
 * Answers that legitimately contain a full number: they echo what the caller itself sent
 * (the identifier check returns the normalized number it was given).
 */
const ECHOING_ROUTES = new Set(['POST /api/v1/identifiers/validate']);

/**
 * SECURITY.md's "dedicated reveal endpoint for permitted staff (each call audited with a
 * reason)": its answer is the full value by design, and nothing else.
 */
const REVEALING_ROUTES = new Set(['POST /api/v1/agency/cases/:id/reveal']);

/** A log destination that keeps every line for the scan. */
export function scannedLogDestination(): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      outputs.push({ source: 'log', text: String(chunk) });
      done();
    },
  });
}

/** Keeps every response (headers and body) of the app for the scan. */
export function scanResponses(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    if (ECHOING_ROUTES.has(route) || REVEALING_ROUTES.has(route)) return payload;
    const body = typeof payload === 'string' || Buffer.isBuffer(payload) ? String(payload) : '';
    outputs.push({ source: route, text: `${JSON.stringify(reply.getHeaders())}\n${body}` });
    return payload;
  });
}

/** What was found since the last call; the scan is then reset. */
export function takePersonalDataFindings(): { source: string; kind: string; value: string }[] {
  const findings = outputs.flatMap(({ source, text }) =>
    findPersonalData(text).map((match) => ({ source, kind: match.kind, value: match.value })),
  );
  outputs.length = 0;
  return findings;
}
