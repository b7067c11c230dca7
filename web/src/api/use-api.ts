import { useEffect, useEffectEvent, useState } from 'react';
import { toApiFailure, type ApiFailure } from './api-failure.ts';

export type ApiState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; failure: ApiFailure };

/**
 * Loads data for the request named by `key` (null: nothing to load), again whenever the key
 * changes or `retry` is called; a superseded request is aborted and its answer ignored.
 */
export function useApi<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): { state: ApiState<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ id: string; state: ApiState<T> } | null>(null);
  const start = useEffectEvent((signal: AbortSignal) => load(signal));
  const id = key === null ? null : `${key}#${attempt}`;

  useEffect(() => {
    if (id === null) return;
    const controller = new AbortController();
    start(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ id, state: { status: 'ok', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setSettled({ id, state: { status: 'error', failure: toApiFailure(error) } });
        }
      },
    );
    return () => controller.abort();
  }, [id]);

  const state: ApiState<T> =
    id === null ? { status: 'idle' } : settled?.id === id ? settled.state : { status: 'loading' };
  return { state, retry: () => setAttempt((n) => n + 1) };
}
