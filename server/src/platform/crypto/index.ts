export { createFieldCipher, type FieldCipher } from './field-cipher.ts';
export { loadDataKey } from './data-key.ts';
