/** One invalid field of a request, as the server lists it (`history.2.from`). */
export interface ApiFieldProblem {
  path: string;
  message: string;
  messageEn: string;
}

/** The well-formed entries of an error's `fields`; anything else is left out. */
function fieldProblemsOf(fields: unknown): ApiFieldProblem[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) => {
    if (typeof field !== 'object' || field === null) return [];
    const { path, message, messageEn } = field as Record<string, unknown>;
    return typeof path === 'string' && typeof message === 'string' && typeof messageEn === 'string'
      ? [{ path, message, messageEn }]
      : [];
  });
}

/** Why an API call did not give an answer: no connection, or an error status with its code. */
export class ApiFailure extends Error {
  constructor(
    readonly kind: 'network' | 'http',
    readonly status: number,
    readonly code: string,
    /** The server's own messages (Chinese, English), when it sent them. */
    readonly messages?: { zh: string; en: string },
    /** Every invalid field of a VALIDATION_FAILED answer, with its dotted path. */
    readonly fields: readonly ApiFieldProblem[] = [],
    /** The error's `details` (for example `remainingAttempts` of a wrong sign-in code). */
    readonly details: Readonly<Record<string, unknown>> = {},
    /** From the Retry-After header of a 429 or 503: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${kind} ${status} ${code}`);
    this.name = 'ApiFailure';
  }

  static network(): ApiFailure {
    return new ApiFailure('network', 0, 'NETWORK');
  }

  /** Reads the error body `{ code, message, messageEn }`, tolerating anything else (a proxy's page). */
  static fromResponse(status: number, body: unknown, headers?: Headers): ApiFailure {
    const retryAfter = Number(headers?.get('retry-after') ?? Number.NaN);
    const retryAfterSeconds =
      Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined;
    if (typeof body === 'object' && body !== null) {
      const { code, message, messageEn, details } = body as Record<string, unknown>;
      if (
        typeof code === 'string' &&
        typeof message === 'string' &&
        typeof messageEn === 'string'
      ) {
        return new ApiFailure(
          'http',
          status,
          code,
          { zh: message, en: messageEn },
          fieldProblemsOf((body as Record<string, unknown>).fields),
          typeof details === 'object' && details !== null
            ? (details as Record<string, unknown>)
            : {},
          retryAfterSeconds,
        );
      }
    }
    return new ApiFailure('http', status, 'UNKNOWN', undefined, [], {}, retryAfterSeconds);
  }
}

/** Any thrown value as an ApiFailure: a fetch that threw means the network failed. */
export function toApiFailure(error: unknown): ApiFailure {
  return error instanceof ApiFailure ? error : ApiFailure.network();
}
