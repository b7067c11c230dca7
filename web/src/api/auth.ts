import { ApiFailure } from './api-failure.ts';
import { api, type CitizenAccount, type SignInCodeSent } from './client.ts';
import { unwrap } from './unwrap.ts';

/** Texts a sign-in code to the phone; the answer says when another may be asked for. */
export async function sendSignInCode(phone: string): Promise<SignInCodeSent> {
  return unwrap(api.POST('/api/v1/auth/sign-in-code', { body: { phone } }));
}

/** Signs in with the code: the server sets the session cookie. */
export async function signIn(phone: string, code: string): Promise<CitizenAccount> {
  return unwrap(api.POST('/api/v1/auth/sign-in', { body: { phone, code } }));
}

/** The signed-in citizen; an ApiFailure with status 401 when nobody is signed in. */
export async function getMe(signal?: AbortSignal): Promise<CitizenAccount> {
  return unwrap(api.GET('/api/v1/me', { signal }));
}

/** Ends the session on the server at once. */
export async function signOut(): Promise<void> {
  let response: Response;
  try {
    ({ response } = await api.POST('/api/v1/auth/sign-out'));
  } catch {
    throw ApiFailure.network();
  }
  if (!response.ok) throw ApiFailure.fromResponse(response.status, undefined, response.headers);
}
