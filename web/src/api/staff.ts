import { ApiFailure } from './api-failure.ts';
import { api } from './client.ts';
import type { paths } from './schema.d.ts';
import { unwrap } from './unwrap.ts';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

/** A signed-in member of staff: the account, the session's timeouts, a due password change. */
export type SignedInStaffMember = Json<paths['/api/v1/staff/me']['get']['responses'][200]>;
export type StaffAccount = SignedInStaffMember['account'];
export type StaffRole = StaffAccount['role'];
export type TotpEnrolment = Json<paths['/api/v1/staff/activation/start']['post']['responses'][200]>;

/** Signs in with user name, password and the authenticator's code; the server sets the cookie. */
export async function signInStaff(body: {
  username: string;
  password: string;
  totpCode: string;
}): Promise<SignedInStaffMember> {
  return unwrap(api.POST('/api/v1/staff/sign-in', { body }));
}

/** The signed-in member of staff; an ApiFailure with status 401 when nobody is. */
export async function getStaffMe(signal?: AbortSignal): Promise<SignedInStaffMember> {
  return unwrap(api.GET('/api/v1/staff/me', { signal }));
}

/** Ends the staff session on the server at once. */
export async function signOutStaff(): Promise<void> {
  let response: Response;
  try {
    ({ response } = await api.POST('/api/v1/staff/sign-out'));
  } catch {
    throw ApiFailure.network();
  }
  if (!response.ok) throw ApiFailure.fromResponse(response.status, undefined, response.headers);
}

/** Activation, step 1: the TOTP secret to enrol in an authenticator app. */
export async function startActivation(body: {
  username: string;
  activationCode: string;
}): Promise<TotpEnrolment> {
  return unwrap(api.POST('/api/v1/staff/activation/start', { body }));
}

/** Activation, step 2: the chosen password and the first code from the app. */
export async function completeActivation(body: {
  username: string;
  activationCode: string;
  password: string;
  totpCode: string;
}): Promise<void> {
  let answer;
  try {
    answer = await api.POST('/api/v1/staff/activation', { body });
  } catch {
    throw ApiFailure.network();
  }
  if (!answer.response.ok)
    throw ApiFailure.fromResponse(answer.response.status, answer.error, answer.response.headers);
}

/** Changes the password; every other session ends and this one is renewed. */
export async function changeStaffPassword(body: {
  currentPassword: string;
  newPassword: string;
}): Promise<SignedInStaffMember> {
  return unwrap(api.POST('/api/v1/staff/password', { body }));
}
