import { AppError } from '../../../platform/errors/app-error.ts';
import type { QueueOrder } from './agency-queue.repository.ts';

/** Where the next page of a queue starts: the order it was read in and its last row's key. */
export interface QueueCursor {
  sort: QueueOrder['sort'];
  order: QueueOrder['order'];
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = { deadline: /^\d{4}-\d{2}-\d{2}$/, submitted: /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/ };

/** An opaque page marker (base64url JSON): the client sends it back as it got it. */
export function encodeQueueCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.key, cursor.id])).toString(
    'base64url',
  );
}

/**
 * The cursor a client sent, checked to belong to a page read in the same order; any other text
 * answers VALIDATION_FAILED on the `cursor` field (it goes into SQL only once checked).
 */
export function decodeQueueCursor(
  text: string,
  expected: Pick<QueueCursor, 'sort' | 'order'>,
): { key: string; id: string } {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parts) || parts.length !== 4) throw badCursor();
  const [sort, order, key, id] = parts as unknown[];
  if (sort !== expected.sort || order !== expected.order) throw badCursor();
  if (typeof key !== 'string' || !KEY[expected.sort].test(key)) throw badCursor();
  if (typeof id !== 'string' || !UUID.test(id)) throw badCursor();
  return { key, id };
}

function badCursor(): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: [
      {
        path: 'cursor',
        location: 'query',
        message: '翻页标记无效，请从第一页重新查看',
        messageEn: 'The page marker is not valid; start again from the first page',
      },
    ],
  });
}
