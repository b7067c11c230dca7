import { errorCodes, type ErrorCode } from './error-codes.ts';

export interface FieldProblem {
  /** Dotted path of the field inside the request part, e.g. `history.2.from`. */
  path: string;
  /** Which part of the request holds the field. */
  location: 'body' | 'query' | 'params' | 'headers';
  message: string;
  messageEn: string;
}

/** The one error class of the platform: a stable code plus the messages a person can read. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly messageEn: string;
  readonly fields: FieldProblem[] | undefined;
  readonly details: Record<string, unknown> | undefined;
  /** Sent as Retry-After with a 429 or 503. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    options: {
      message?: string;
      messageEn?: string;
      fields?: FieldProblem[];
      details?: Record<string, unknown>;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(options.message ?? errorCodes[code].zh);
    this.code = code;
    this.status = errorCodes[code].status;
    this.messageEn = options.messageEn ?? errorCodes[code].en;
    this.fields = options.fields;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
