import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantStatus, ProgrammeStatus } from '../../api/types';
import { PARTICIPANT_STATUS_COLOR, PROGRAMME_STATUS_COLOR } from './options';

/** A programme's status (Draf / Dibuka / Ditutup). Test id: `programme-status` (with `data-status`). */
export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={PROGRAMME_STATUS_COLOR[status]} variant="light" tt="none" data-testid="programme-status" data-status={status}>
      {t(`programmes.status.${status}`)}
    </Badge>
  );
}

/** A participant's status (Diajukan, Diterima, Daftar tunggu, …). Test id: `participant-status` (with `data-status`). */
export function ParticipantStatusBadge({ status }: { status: ParticipantStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={PARTICIPANT_STATUS_COLOR[status]} variant="filled" tt="none" data-testid="participant-status" data-status={status}>
      {t(`programmes.participantStatus.${status}`)}
    </Badge>
  );
}
