import { describe, expect, it } from 'vitest';
import { journalEntryHash, type JournalEntryContent } from './ledger-hash.ts';

const entry: JournalEntryContent = {
  id: '0190a1b2-0000-7000-8000-000000000001',
  postedAt: new Date('2024-03-04T02:00:00.123Z'),
  kind: 'fund-transfer',
  referenceType: 'transfer-application',
  referenceId: 'app-1',
  description: '基金转移',
  actorType: 'staff',
  actorId: 's1',
  prevHash: null,
  lines: [
    {
      lineNo: 1,
      regionCode: '440100',
      scheme: 'medical',
      accountKind: 'pooled-fund',
      amountFen: -5n,
    },
    {
      lineNo: 2,
      regionCode: '310100',
      scheme: 'medical',
      accountKind: 'pooled-fund',
      amountFen: 5n,
    },
  ],
};

describe('journal entry hash', () => {
  it('does not depend on the order the lines are read in', () => {
    expect(journalEntryHash({ ...entry, lines: [...entry.lines].reverse() })).toBe(
      journalEntryHash(entry),
    );
  });

  it('changes with the link, any field and any line', () => {
    const hash = journalEntryHash(entry);
    const [first, second] = entry.lines;
    const variants: JournalEntryContent[] = [
      { ...entry, prevHash: 'a'.repeat(64) },
      { ...entry, postedAt: new Date('2024-03-04T02:00:00.124Z') },
      { ...entry, referenceId: 'app-2' },
      { ...entry, actorId: 's2' },
      { ...entry, lines: [{ ...first!, amountFen: -6n }, second!] },
      { ...entry, lines: [{ ...first!, regionCode: '440300' }, second!] },
      { ...entry, lines: [first!, { ...second!, accountKind: 'individual-accounts' }] },
      { ...entry, lines: [first!, { ...second!, lineNo: 3 }] },
    ];
    for (const variant of variants) expect(journalEntryHash(variant)).not.toBe(hash);
  });
});
