import { afterAll, expect } from 'vitest';
import { takePersonalDataFindings } from '../../server/test/helpers/personal-data-scan.ts';

// After every integration test file: no citizen ID number or phone number in any response or
// log line of the apps it built (the echoing identifier check excepted).
afterAll(() => {
  expect(takePersonalDataFindings()).toEqual([]);
});
