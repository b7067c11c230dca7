import type { FieldProblem } from '../../platform/errors/app-error.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type PasswordProblem } from './password.ts';

const messages: Record<PasswordProblem, { zh: string; en: string }> = {
  'too-short': {
    zh: `密码至少 ${MIN_PASSWORD_LENGTH} 个字符；可以用一句容易记住的话`,
    en: `Use at least ${MIN_PASSWORD_LENGTH} characters; a phrase you can remember works well`,
  },
  'too-long': {
    zh: `密码最多 ${MAX_PASSWORD_LENGTH} 个字符`,
    en: `Use at most ${MAX_PASSWORD_LENGTH} characters`,
  },
  breached: {
    zh: '这个密码出现在已泄露的密码清单中，请换一个',
    en: 'This password appears in lists of breached passwords; choose another',
  },
  'contains-username': {
    zh: '密码不能包含用户名',
    en: 'The password must not contain the user name',
  },
};

/** The field problem a refused password is reported with. */
export function passwordProblemField(problem: PasswordProblem, path: string): FieldProblem {
  return { path, location: 'body', message: messages[problem].zh, messageEn: messages[problem].en };
}
