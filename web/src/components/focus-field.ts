/**
 * Moves focus to a form field from the error summary, scrolling its question (the legend of its
 * fieldset, or its label) into view first so the person sees what is asked (GOV.UK pattern).
 */
export function focusField(fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  const question =
    field.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  question?.scrollIntoView();
  field.focus({ preventScroll: question !== null });
}
