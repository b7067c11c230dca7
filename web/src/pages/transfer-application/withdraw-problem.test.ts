import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../api/api-failure.ts';
import { en } from '../../i18n/messages.en.ts';
import { zhCN } from '../../i18n/messages.zh-CN.ts';
import { withdrawProblem } from './withdraw-problem.ts';

const failure = (status: number, code: string) =>
  new ApiFailure('http', status, code, { zh: '服务器的话', en: 'The server’s words' });

describe('why a withdrawal did not happen', () => {
  it('a page older than the application: it changed, and may be withdrawn again', () => {
    expect(withdrawProblem(failure(409, 'CONFLICT'), zhCN, 'zh-CN')).toBe(
      zhCN.myApplications.changed,
    );
    expect(withdrawProblem(failure(409, 'CONFLICT'), en, 'en')).toBe(en.myApplications.changed);
  });

  it('withdrawn already, or past withdrawal: it can no longer be withdrawn', () => {
    expect(withdrawProblem(failure(409, 'ILLEGAL_TRANSITION'), en, 'en')).toBe(
      en.myApplications.conflict,
    );
  });

  it('no connection, or another answer in the server’s own words', () => {
    expect(withdrawProblem(ApiFailure.network(), en, 'en')).toBe(en.problems.network);
    expect(withdrawProblem(failure(404, 'APPLICATION_NOT_FOUND'), zhCN, 'zh-CN')).toBe(
      '服务器的话',
    );
    expect(withdrawProblem(new ApiFailure('http', 500, 'UNKNOWN'), en, 'en')).toBe(
      en.problems.other,
    );
  });
});
