import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TASK_STATE_COLOR } from './constants';
import type { TaskState } from './followup.types';

/** Upcoming / due / overdue / done as a coloured label. */
export function TaskStateBadge({ state }: { state: TaskState }) {
  const { t } = useTranslation();
  return (
    <Badge color={TASK_STATE_COLOR[state]} variant="light" radius="sm" tt="none" data-testid="task-state" data-state={state}>
      {t(`followup.state.${state}`)}
    </Badge>
  );
}
