import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ARRANGEMENT_2027 } from '../../../../domain/calendar/holiday-arrangement.example.ts';
import { validateHolidayArrangements } from '../../../../domain/calendar/index.ts';

const OPERATIONS = new URL('../../../../docs/OPERATIONS.md', import.meta.url);

// docs/OPERATIONS.md shows operators the file `npx shebao calendar load` reads: it must load.
describe('the holiday arrangement example of docs/OPERATIONS.md', () => {
  it('is a valid file, the same breaks as the tests load', async () => {
    const markdown = await readFile(OPERATIONS, 'utf8');
    const section = markdown.split(/^## /m).find((part) => part.startsWith('Every year')) ?? '';
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(json).toBeDefined();
    const example = JSON.parse(json!);
    const result = validateHolidayArrangements(example);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(example.holidays).toEqual(EXAMPLE_ARRANGEMENT_2027.holidays);
  });
});
