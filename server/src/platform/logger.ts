import pino, { type Logger, type LoggerOptions } from 'pino';
import { maskPersonalDataInText } from '../../../domain/identifiers/index.ts';
import type { Config } from './config.ts';

/** Keys whose values never reach a log line, whatever they hold. */
const secretPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.otp',
  '*.oneTimeCode',
  '*.token',
  '*.idNumber',
  '*.citizenId',
  '*.phone',
  '*.bankAccount',
];

/**
 * Masks citizen ID numbers and phone numbers in every string of a log record, so that personal
 * data cannot leak through a message or a field nobody thought to redact (SECURITY.md).
 */
export function maskLogRecord(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalDataInText(value);
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskLogRecord(item, depth + 1));
  // Requests, replies and errors keep their prototype: their serializers below pick the fields.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const masked: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) masked[key] = maskLogRecord(item, depth + 1);
  return masked;
}

/** The platform's logger (pino), shared by the HTTP server, the worker and the CLI. */
export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: pino.DestinationStream,
): Logger {
  return destination ? pino(loggerOptions(config), destination) : pino(loggerOptions(config));
}

function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: secretPaths, censor: '[redacted]' },
    formatters: { log: (record) => maskLogRecord(record) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) =>
          typeof arg === 'string' ? maskPersonalDataInText(arg) : arg,
        );
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
    serializers: {
      req: (request: { method?: string; url?: string; id?: string }) => ({
        id: request.id,
        method: request.method,
        url: typeof request.url === 'string' ? maskPersonalDataInText(request.url) : undefined,
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      err: (error: Error) => maskLogRecord({ ...pino.stdSerializers.err(error) }),
    },
  };
}
