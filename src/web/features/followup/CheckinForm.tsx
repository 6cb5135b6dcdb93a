import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { BusinessDetail } from '../../api/types';
import { errorMessage, translateKey } from '../../lib/messages';
import { checkPlausibility } from '../../../server/modules/followup/plausibility';
import {
  type CheckinContext,
  emptyCheckinForm,
  formFieldOf,
  localToday,
  plausibilityValues,
  previousStateOf,
  questionSignature,
  splitFindings,
  toCheckinBody,
} from './checkinForm';
import { FigureFields, GrowthFields, VisitFields } from './CheckinFields';
import { formatFindingParams } from './findingText';
import { useSubmitCheckin } from './followup.api';
import type { CheckinAnswer, ConflictAnswer } from './followup.types';
import { PlausibilityQuestions, type Question } from './PlausibilityQuestions';

/** Inputs of this form a problem can be shown under. */
const FORM_FIELDS = new Set<string>(['visitedOn', 'status', 'statusReason', 'monthlySales', 'workersMale', 'workersFemale', 'newProducts', 'salesChannels', 'licencesObtained', 'problems', 'needs']);

interface Props {
  kw: string;
  business: BusinessDetail;
  /** The latest earlier visit (for the "older than the last visit" question). */
  lastVisit: string | null;
  /** The check-in's identity, made once when the form opened: a double click or a retry is stored once. */
  context: CheckinContext;
  onStored: (answer: CheckinAnswer) => void;
  onConflict: (answer: ConflictAnswer) => void;
  onCancel: () => void;
}

/**
 * The office check-in form (the server sets the channel 'office'). Before sending, the same plausibility
 * rules as the server run here: impossible figures show under their inputs, unlikely ones are asked and must
 * be confirmed ("Ya, angka ini benar"). The server's 422 is handled the same way; a 'conflict' answer goes
 * to the caller for resolution. Test ids: `checkin-form`, `checkin-submit`, `checkin-cancel`, `checkin-error`.
 */
export function CheckinForm({ kw, business, lastVisit, context, onStored, onConflict, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const today = localToday();
  const [questions, setQuestions] = useState<Question[]>([]);
  // Questions are about the figures as they were: any edit withdraws them (and their confirmation).
  const form = useForm({ initialValues: emptyCheckinForm(business, today), onValuesChange: () => setQuestions((q) => (q.length > 0 ? [] : q)) });
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [otherError, setOtherError] = useState<unknown>(null);
  const questionsRef = useRef<HTMLDivElement>(null);
  const submit = useSubmitCheckin(kw);
  const signature = questionSignature(questions);
  const confirmed = questions.length > 0 && confirmedFor === signature;

  useEffect(() => {
    if (questions.length > 0) questionsRef.current?.focus();
  }, [signature, questions.length]);

  const fieldText = (q: Question) => translateKey(t, q.messageKey, formatFindingParams(q.messageKey, q.params, i18n.language));
  // Problems go under their inputs; one without an input here (the photo) goes to the alert above the form.
  const showProblems = (problems: Question[]) => {
    const errors: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const p of problems) {
      const field = formFieldOf(p.field);
      if (FORM_FIELDS.has(field)) errors[field] ??= fieldText(p);
      else elsewhere.push(fieldText(p));
    }
    form.setErrors(errors);
    setOtherError(elsewhere.length > 0 ? elsewhere.join(' ') : null);
  };
  // The server's findings carry their severity in params (its 422 has no other place for it); anything else
  // (a schema error, the photo) is an error unless the whole reply only asks for confirmation.
  const fromServer = (fields: Question[], onlyQuestions: boolean) =>
    splitFindings(fields.map((f) => ({ ...f, severity: onlyQuestions || f.params?.severity === 'question' ? 'question' : 'error' })));

  const send = (withConfirmation: boolean) => {
    submit.mutate(toCheckinBody(form.getValues(), context, withConfirmation), {
      onSuccess: (answer) => {
        if (answer.result === 'conflict') onConflict(answer);
        else if (answer.result === 'rejected') showProblems(answer.fields?.length ? answer.fields : [{ field: '', messageKey: answer.messageKey }]);
        else onStored(answer);
      },
      onError: (e) => {
        if (!isApiError(e, 422) || e.fields.length === 0) {
          setOtherError(e);
          return;
        }
        const { errors, questions: asked } = fromServer(e.fields, e.messageKey === 'errors.followup.needsConfirmation');
        if (errors.length > 0) showProblems(errors);
        else {
          setQuestions(asked);
          setConfirmedFor(null);
        }
      },
    });
  };

  const onSubmit = form.onSubmit((values) => {
    setOtherError(null);
    const findings = checkPlausibility(plausibilityValues(values), previousStateOf(business, lastVisit), today);
    const { errors, questions: asked } = splitFindings(findings);
    if (errors.length > 0) {
      showProblems(errors);
      setQuestions([]);
      return;
    }
    if (asked.length > 0 && confirmedFor !== questionSignature(asked)) {
      setQuestions(asked);
      questionsRef.current?.focus();
      return;
    }
    // Confirmed here, or confirming the server's own questions (shown after its 422).
    send(asked.length > 0 || confirmed);
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="checkin-form">
      <Stack gap="md">
        {otherError !== null && (
          <Alert color="red" role="alert" data-testid="checkin-error">
            {typeof otherError === 'string' ? otherError : errorMessage(t, otherError)}
          </Alert>
        )}
        <VisitFields form={form} today={today} />
        <FigureFields form={form} business={business} />
        <GrowthFields form={form} />
        {questions.length > 0 && (
          <PlausibilityQuestions ref={questionsRef} questions={questions} confirmed={confirmed} onConfirm={(yes) => setConfirmedFor(yes ? signature : null)} />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-testid="checkin-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submit.isPending} disabled={questions.length > 0 && !confirmed} data-testid="checkin-submit">
            {t('followup.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
