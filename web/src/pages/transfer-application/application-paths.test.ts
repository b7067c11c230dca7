import { describe, expect, it } from 'vitest';
import { applyUrl, invalidFields, type ApplicationAnswers } from './application-paths.ts';

const good: ApplicationAnswers = {
  contactPhone: '139 0000 5555',
  address: '广州市天河区体育西路1号',
  postCode: '510620',
  formerPersonalNumber: '',
  agentName: '',
  agentPhone: '',
};

describe('the application form checks', () => {
  it('accepts a complete form with a spaced phone number', () => {
    expect(invalidFields(good)).toEqual([]);
  });
  it('lists every wrong field in page order', () => {
    expect(
      invalidFields({ ...good, contactPhone: '123', postCode: '5106', address: '广州' }),
    ).toEqual(['contact-phone', 'address', 'post-code']);
  });
  it('asks for both agent fields once either is given', () => {
    expect(invalidFields({ ...good, agentName: '李四' })).toEqual(['agent-phone']);
    expect(invalidFields({ ...good, agentPhone: '13900001111' })).toEqual(['agent-name']);
  });
  it('rejects a former number with other characters', () => {
    expect(invalidFields({ ...good, formerPersonalNumber: '51-01 00' })).toEqual(['former-number']);
  });
  it('keeps the step in the URL', () => {
    expect(applyUrl('employee-pension', '440100', 'check')).toBe(
      '/transfer-application?scheme=employee-pension&region=440100&step=check',
    );
  });
});
