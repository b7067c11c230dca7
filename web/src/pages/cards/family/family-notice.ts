/** Router state of the family page after a member was added or invited. */
export interface FamilyPageState {
  familyNotice: 'added' | 'invited';
}

/** What the family page was sent back for, or null. */
export function readFamilyNotice(state: unknown): FamilyPageState['familyNotice'] | null {
  const notice = (state as Partial<FamilyPageState> | null)?.familyNotice;
  return notice === 'added' || notice === 'invited' ? notice : null;
}
