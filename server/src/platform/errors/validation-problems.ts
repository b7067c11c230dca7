import { z } from 'zod';
import type { FastifySchemaValidationError } from 'fastify';
import type { FieldProblem } from './app-error.ts';

const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

type Location = FieldProblem['location'];

const locationOf: Record<string, Location> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/**
 * Turns the validation errors Fastify collected for one request part into field problems with
 * messages in both languages, so a form can show an error summary that links to each field.
 */
export function toFieldProblems(
  errors: FastifySchemaValidationError[],
  context: string | undefined,
): FieldProblem[] {
  const location = locationOf[context ?? 'body'] ?? 'body';
  return errors.flatMap((error) => {
    const raw = { code: error.keyword, ...error.params } as Parameters<typeof en>[0];
    const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
    // An object with unknown keys is one issue naming several keys: report each key as its field.
    const unknownKeys = (error.params as { keys?: unknown }).keys;
    if (error.keyword === 'unrecognized_keys' && Array.isArray(unknownKeys)) {
      return unknownKeys.map((key) => ({
        path: path ? `${path}.${String(key)}` : String(key),
        location,
        message: '不允许的字段',
        messageEn: 'This field is not allowed',
      }));
    }
    return [
      {
        path,
        location,
        message: messageOf(zhCN(raw)) ?? error.message ?? '格式不正确',
        messageEn: messageOf(en(raw)) ?? error.message ?? 'Invalid value',
      },
    ];
  });
}

function messageOf(result: string | { message: string } | undefined | null): string | undefined {
  if (!result) return undefined;
  return typeof result === 'string' ? result : result.message;
}
