import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionHint } from './session-hint.ts';

describe('the hint that a browser may hold a session', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is kept under its own key, apart from the other kind of session', () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
      removeItem: (key: string) => stored.delete(key),
    });
    const citizen = sessionHint('shebao.signedIn');
    const staff = sessionHint('shebao.staffSignedIn');
    expect(citizen.has()).toBe(false);
    citizen.set(true);
    expect([citizen.has(), staff.has()]).toEqual([true, false]);
    citizen.set(false);
    expect(citizen.has()).toBe(false);
    expect(stored.size).toBe(0);
  });

  it('says "maybe" when storage refuses, so that the session is asked for', () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
    const hint = sessionHint('shebao.signedIn');
    expect(() => hint.set(true)).not.toThrow();
    expect(hint.has()).toBe(true);
  });
});
