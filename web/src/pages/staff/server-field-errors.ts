import type { ApiFailure } from '../../api/api-failure.ts';
import type { FieldError } from '../../components/ErrorSummary.tsx';
import type { Language } from '../../i18n/language.ts';

/**
 * The server's field problems of a VALIDATION_FAILED answer as the page's field errors, in the
 * interface language; only for the fields the page shows (others are not the person's doing).
 */
export function serverFieldErrors(
  failure: ApiFailure,
  language: Language,
  fieldIds: readonly string[],
): FieldError[] {
  return failure.fields
    .filter((field) => fieldIds.includes(field.path))
    .map((field) => ({
      fieldId: field.path,
      message: language === 'zh-CN' ? field.message : field.messageEn,
    }));
}

/**
 * What a refused form says: the server's field problems of the fields the page shows, or else
 * `otherwise` beside the first of them (a failure that names no field, such as the network's).
 */
export function refusedFieldErrors(
  failure: ApiFailure,
  language: Language,
  fieldIds: readonly [string, ...string[]],
  otherwise: string,
): FieldError[] {
  const fields = serverFieldErrors(failure, language, fieldIds);
  return fields.length > 0 ? fields : [{ fieldId: fieldIds[0], message: otherwise }];
}
