import { Alert, Checkbox, List } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { translateKey } from '../../lib/messages';
import { formatFindingParams } from './findingText';
import './plausibilityI18n';

/** A question about a figure, as the rules or the server's 422 give it. */
export interface Question {
  field: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

interface Props {
  questions: Question[];
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}

/**
 * The unlikely figures, asked in plain words, and the "Ya, angka ini benar" box that lets the check-in be
 * saved anyway. Receives focus so screen readers read the questions. Test ids: `checkin-questions`, `checkin-confirm`.
 */
export const PlausibilityQuestions = forwardRef<HTMLDivElement, Props>(function PlausibilityQuestions({ questions, confirmed, onConfirm }, ref) {
  const { t, i18n } = useTranslation();
  return (
    <Alert ref={ref} tabIndex={-1} color="yellow" icon={<IconHelpCircle aria-hidden />} title={t('followup.form.questionsTitle')} role="alert" data-testid="checkin-questions">
      <List size="sm" spacing={4} mb="sm">
        {questions.map((q, i) => (
          <List.Item key={`${q.messageKey}-${i}`} data-key={q.messageKey}>
            {translateKey(t, q.messageKey, formatFindingParams(q.messageKey, q.params, i18n.language))}
          </List.Item>
        ))}
      </List>
      <Checkbox label={t('followup.form.confirm')} checked={confirmed} onChange={(e) => onConfirm(e.currentTarget.checked)} data-testid="checkin-confirm" />
    </Alert>
  );
});
