/**
 * Whether this browser may hold a session. The session cookie is HttpOnly, so a page keeps this
 * hint (never the session) in local storage to spare a visitor who never signed in a `GET …/me`
 * that can only fail. One hint per kind of session (citizen, staff), each under its own key.
 */
export interface SessionHint {
  readonly key: string;
  set(on: boolean): void;
  /** True when storage cannot be read: the session is then asked for, to be sure. */
  has(): boolean;
}

export function sessionHint(key: string): SessionHint {
  return {
    key,
    set(on) {
      try {
        if (on) localStorage.setItem(key, '1');
        else localStorage.removeItem(key);
      } catch {
        // Private browsing may refuse storage: the session is then checked on every load.
      }
    },
    has() {
      try {
        return localStorage.getItem(key) === '1';
      } catch {
        return true;
      }
    },
  };
}
