import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { toApiFailure, type ApiFailure, type ApiFieldProblem } from '../../api/api-failure.ts';
import { calculateTransfer, type OwnCalculatorInput } from '../../api/calculator.ts';
import type { TransferCalculation } from '../../api/client.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { useLanguage } from '../../i18n/language-context.tsx';
import {
  calculatorPath,
  calculatorResultUrl,
  toRequestBody,
  type CalculatorAnswers,
} from './calculator-answers.ts';
import { blankDraft, useCalculatorDraft } from './calculator-draft.ts';
import { messagesByPath, summaryOf } from './calculator-fields.ts';
import { CalculatorForm } from './CalculatorForm.tsx';
import { CalculatorResult } from './CalculatorResult.tsx';
import { OwnRecordPanel } from './OwnRecordPanel.tsx';
import { todayInChina } from '../../../../domain/china-time.ts';
import { answersFromRecord } from './record-answers.ts';
import { RecordFilledNotice } from './RecordFilledNotice.tsx';
import { useCalculatorT } from './use-calculator-t.ts';

/**
 * 转移金额试算: what a pension transfer would move and where the pension would be claimed. The
 * form and its answer are one page, `?view=result` showing the answer, so that Back returns to
 * the form with every answer kept. Nothing is checked here: the server checks every request.
 * A signed-in person may start from their own recorded history instead of typing it.
 */
export function CalculatorPage() {
  const c = useCalculatorT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const owner = useAuth().account?.phone ?? null;
  const [draft, setDraft] = useCalculatorDraft(owner);
  const { answers } = draft;
  const [problems, setProblems] = useState<readonly ApiFieldProblem[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [result, setResult] = useState<TransferCalculation | null>(null);

  const change = (update: Partial<CalculatorAnswers>) => {
    // Problems of periods are named by position: once a period is removed they point elsewhere.
    if (update.history && update.history.length < answers.history.length)
      setProblems((current) => current.filter((p) => !p.path.startsWith('history.')));
    setDraft((current) => ({ ...current, answers: { ...current.answers, ...update } }));
  };

  const fillFromRecord = (record: OwnCalculatorInput) => {
    if (owner === null) return;
    // The problems named the answers that are now replaced.
    setProblems([]);
    setFailure(null);
    setDraft((current) => {
      const filled = answersFromRecord(current.answers, record, todayInChina());
      return { answers: filled.answers, record: { owner, fill: filled.fill } };
    });
  };

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setFailure(null);
    try {
      const calculation = await calculateTransfer(toRequestBody(answers));
      setProblems([]);
      setResult(calculation);
      navigate(calculatorResultUrl);
    } catch (error) {
      const found = toApiFailure(error);
      if (found.code === 'VALIDATION_FAILED' && found.fields.length > 0) {
        setProblems(found.fields);
        setFailedSubmits((n) => n + 1);
      } else {
        setFailure(found);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const startAgain = () => {
    setDraft(blankDraft);
    setResult(null);
    navigate(calculatorPath);
  };

  if (params.get('view') === 'result') {
    // After a reload the answer is gone (nothing is stored): ask again.
    if (!result) return <Navigate to={calculatorPath} replace />;
    return (
      <CalculatorResult
        result={result}
        fromRecord={draft.record !== null}
        onStartAgain={startAgain}
      />
    );
  }
  const errors = messagesByPath(problems, language, {
    wage: c.wageError,
    rate: c.employerRateError,
  });
  return (
    <CalculatorForm
      answers={answers}
      onChange={change}
      errors={errors}
      summary={summaryOf(errors, answers.history.length)}
      failedSubmits={failedSubmits}
      submitting={submitting}
      failure={failure}
      onSubmit={submit}
      ownRecord={
        draft.record ? (
          <RecordFilledNotice fill={draft.record.fill} />
        ) : (
          <OwnRecordPanel answers={answers} onFill={fillFromRecord} />
        )
      }
    />
  );
}
