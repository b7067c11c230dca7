import { ApiFailure } from './api-failure.ts';

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful answer; otherwise throws an ApiFailure. */
export async function unwrap<T>(request: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw ApiFailure.network();
  }
  if (answer.response.ok && answer.data !== undefined) return answer.data;
  throw ApiFailure.fromResponse(answer.response.status, answer.error, answer.response.headers);
}
