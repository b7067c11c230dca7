import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../server/src/platform/errors/error-codes.ts';
import { currentOpenApiDocument } from './api-types.ts';

// docs/API.md is what client developers read: these tests fail when it drifts from the code.
const API_DOC = new URL('../docs/API.md', import.meta.url);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The rows of the error table under `## Errors`: code → HTTP status, as written. */
function documentedErrorRows(markdown: string): [code: string, status: number][] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Errors\n')) ?? '';
  return [...section.matchAll(/^\| `([A-Z][A-Z_]*)` +\| (\d{3}) +\|/gm)].map(
    (m) => [m[1]!, Number(m[2])] as [string, number],
  );
}

/** Every `<status> <CODE>` the prose names, e.g. `409 CONFLICT`. */
function statusMentions(markdown: string): [code: string, status: number][] {
  return [...markdown.matchAll(/`(\d{3}) ([A-Z][A-Z_]+)`/g)].map(
    (m) => [m[2]!, Number(m[1])] as [string, number],
  );
}

/**
 * The routes the document names: inline code that starts with a method (`GET/PUT` names two),
 * the path with or without `/api/v1`, its query left out. Path parameters compare by position
 * only: `{id}`, `{queue}` and `{to-accept|to-process|to-confirm}` are all one parameter.
 */
function documentedRoutes(markdown: string): string[] {
  const routes = new Set<string>();
  const pattern = new RegExp(`^((?:${METHODS.join('|')})(?:/(?:${METHODS.join('|')}))*) (/\\S+)`);
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    const match = pattern.exec(span!);
    if (!match) continue;
    const path = match[2]!.split('?')[0]!;
    const full = path.startsWith('/api/') ? path : `/api/v1${path}`;
    for (const method of match[1]!.split('/')) routes.add(routeKey(method, full));
  }
  return [...routes].sort();
}

/** The API routes of the OpenAPI document generated from the route schemas. */
function openApiRoutes(document: Record<string, unknown>): string[] {
  const paths = document.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths)
    .filter(([path]) => path.startsWith('/api/'))
    .flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => (METHODS as readonly string[]).includes(method.toUpperCase()))
        .map((method) => routeKey(method.toUpperCase(), path)),
    )
    .sort();
}

const routeKey = (method: string, path: string) => `${method} ${path.replace(/\{[^}]*\}/g, '{}')}`;

describe('docs/API.md', () => {
  let markdown: string;
  beforeAll(async () => {
    markdown = await readFile(API_DOC, 'utf8');
  });

  it('lists every error code of the registry once, with its status, and no other', () => {
    const rows = documentedErrorRows(markdown);
    const codes = rows.map(([code]) => code);
    expect(
      codes.filter((code, i) => codes.indexOf(code) !== i),
      'listed twice',
    ).toEqual([]);
    const registry = Object.entries(errorCodes).map(([code, { status }]) => [code, status]);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(registry));
  });

  it('gives every code it names in the text the status of the registry', () => {
    const mentions = statusMentions(markdown);
    expect(mentions.length).toBeGreaterThan(0);
    const wrong = mentions.filter(
      ([code, status]) => errorCodes[code as keyof typeof errorCodes]?.status !== status,
    );
    expect(wrong, 'unknown code, or another status than the registry').toEqual([]);
  });

  it('describes every route of the OpenAPI document, and no route that does not exist', async () => {
    const documented = documentedRoutes(markdown);
    const served = openApiRoutes(await currentOpenApiDocument());
    expect(served.length).toBeGreaterThan(50);
    expect(
      served.filter((route) => !documented.includes(route)),
      'served but not in docs/API.md',
    ).toEqual([]);
    expect(
      documented.filter((route) => !served.includes(route)),
      'in docs/API.md but not served',
    ).toEqual([]);
    // It builds the whole application to read its OpenAPI document: seconds on a busy machine.
  }, 60_000);
});

describe('reading docs/API.md', () => {
  const sample = [
    '## Errors',
    '| code | status | when |',
    '| `CONFLICT`        | 409    | stale |',
    '## Routes',
    '- `GET/PUT /api/v1/admin/settings/deadlines` and `POST /staff/sign-out`',
    '- `GET /api/v1/agency/queues/{to-accept|to-process}?sort=deadline` → `409 CONFLICT`',
    '- `/leave` alone is no route; `| `NOT_A_ROW` |` outside the table neither',
  ].join('\n');

  it('reads the error table of its own section only', () => {
    expect(documentedErrorRows(sample)).toEqual([['CONFLICT', 409]]);
    expect(statusMentions(sample)).toEqual([['CONFLICT', 409]]);
  });

  it('reads methods, paths without their query, and parameters by position', () => {
    expect(documentedRoutes(sample)).toEqual([
      'GET /api/v1/admin/settings/deadlines',
      'GET /api/v1/agency/queues/{}',
      'POST /api/v1/staff/sign-out',
      'PUT /api/v1/admin/settings/deadlines',
    ]);
  });
});
