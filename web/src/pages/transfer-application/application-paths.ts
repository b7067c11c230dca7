/** The addresses of 在线申请转移 and 我的申请. */
export const applicationPaths = {
  apply: '/transfer-application',
  mine: '/my-applications',
} as const;

export type ApplyStep = 'eligibility' | 'form' | 'check' | 'done';

/** The application journey's URL for a step; the scheme and region stay in the URL throughout. */
export function applyUrl(scheme: string, region: string, step: ApplyStep = 'eligibility'): string {
  const query = new URLSearchParams({ scheme, region });
  if (step !== 'eligibility') query.set('step', step);
  return `${applicationPaths.apply}?${query.toString()}`;
}

export const applicationUrl = (id: string) => `${applicationPaths.mine}/${id}`;

/** What the citizen typed on the form. */
export interface ApplicationAnswers {
  contactPhone: string;
  address: string;
  postCode: string;
  formerPersonalNumber: string;
  agentName: string;
  agentPhone: string;
}

/** Removes spaces and hyphens people type into phone numbers. */
export const compactDigits = (value: string) => value.replace(/[\s-]/g, '');

const MOBILE = /^1[3-9]\d{9}$/;

/** The fields that are wrong, by field id, in the order they appear. */
export function invalidFields(answers: ApplicationAnswers): string[] {
  const wrong: string[] = [];
  if (!MOBILE.test(compactDigits(answers.contactPhone))) wrong.push('contact-phone');
  if (answers.address.trim().length < 5 || answers.address.trim().length > 200)
    wrong.push('address');
  if (!/^\d{6}$/.test(answers.postCode.trim())) wrong.push('post-code');
  const former = answers.formerPersonalNumber.trim();
  if (former !== '' && !/^[0-9A-Za-z-]{1,30}$/.test(former)) wrong.push('former-number');
  const agentName = answers.agentName.trim();
  const agentPhone = compactDigits(answers.agentPhone);
  if (agentName !== '' || agentPhone !== '') {
    if (agentName === '' || agentName.length > 50) wrong.push('agent-name');
    if (!MOBILE.test(agentPhone)) wrong.push('agent-phone');
  }
  return wrong;
}
