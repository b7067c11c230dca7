/** One problem found in an identifier, with plain-language messages for the person who typed it. */
export interface IdentifierError<Code extends string> {
  readonly code: Code;
  /** zh-CN, shown first. */
  readonly message: string;
  readonly messageEn: string;
}
