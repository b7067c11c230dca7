/**
 * The kinds of fund a region holds for a scheme. 统筹基金 is the pooled fund (the employer part);
 * 个人账户基金 is the fund behind the persons' individual accounts.
 */
export const fundAccountKinds = ['pooled-fund', 'individual-accounts'] as const;

export type FundAccountKind = (typeof fundAccountKinds)[number];

export const fundAccountKindNames: Record<FundAccountKind, { zh: string; en: string }> = {
  'pooled-fund': { zh: '统筹基金', en: 'Pooled fund' },
  'individual-accounts': { zh: '个人账户基金', en: 'Individual accounts fund' },
};

/** What a journal entry records. Only fund transfers (基金转移) for now. */
export const journalEntryKinds = ['fund-transfer'] as const;

export type JournalEntryKind = (typeof journalEntryKinds)[number];
