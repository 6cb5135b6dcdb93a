import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconKeyboard, IconQrcode, IconX } from '@tabler/icons-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { PageLoader } from '../../../components/PageLoader';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { useTenantCode } from '../../auth/session';
import { useAttendance, useCheckin } from '../attendance.api';
import { useProgramme } from '../programmes.api';
import { AttendanceList } from './AttendanceList';
import { feedbackOf, shouldSubmit } from './scan';
import { type LoggedFeedback, ScanFeedback } from './ScanFeedback';

const QrScanner = lazy(() => import('./QrScanner').then((m) => ({ default: m.QrScanner })));

/**
 * Attendance of one session (/programmes/sessions/:sessionId/absen?p=<programme>), made for a phone at the
 * door: "Pindai QR" opens the back camera and checks in every participant code it reads, with a big
 * green / orange / red answer, and keeps scanning; a field takes a typed or pasted code when there is no
 * camera; the list below has a tick per accepted participant. Test ids: `attendance-title`, `attendance-count`,
 * `attendance-scan`, `attendance-scan-stop`, `attendance-code`, `attendance-code-submit`, `attendance-back`.
 */
export default function AttendancePage() {
  const { t, i18n } = useTranslation();
  const kw = useTenantCode();
  const { sessionId = '' } = useParams();
  const [params] = useSearchParams();
  const programmeId = params.get('p') ?? undefined;
  const programme = useProgramme(kw, programmeId);
  const attendance = useAttendance(kw, sessionId);
  const checkin = useCheckin(kw, sessionId);
  const [scanning, setScanning] = useState(false);
  const [code, setCode] = useState('');
  const [log, setLog] = useState<LoggedFeedback[]>([]);
  const last = useRef<{ text: string; at: number } | null>(null);
  const busy = useRef(false);
  const seq = useRef(0);

  const batch = programme.data?.batches.find((b) => b.sessions.some((s) => s.id === sessionId));
  const session = batch?.sessions.find((s) => s.id === sessionId);

  const send = (body: { token: string } | { participantId: string }) => {
    busy.current = true;
    const record = (outcome: Parameters<typeof feedbackOf>[0]) => {
      const at = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { timeStyle: 'medium' }).format(new Date());
      setLog((prev) => [{ ...feedbackOf(outcome), id: ++seq.current, at }, ...prev].slice(0, 6));
      navigator.vibrate?.(40);
    };
    checkin.mutate(body, {
      onSuccess: (result) => record({ result }),
      onError: (error) => record({ error }),
      onSettled: () => {
        busy.current = false;
      },
    });
  };
  const onScan = (text: string) => {
    const now = Date.now();
    if (!shouldSubmit(text, last.current, now, busy.current)) return;
    last.current = { text, at: now };
    send({ token: text });
  };

  const items = attendance.data?.items ?? [];
  const present = items.filter((i) => i.checkedInAt !== null).length;
  return (
    <Stack gap="md" maw={640}>
      {programmeId && (
        <Button component={Link} to={`/programmes/${programmeId}`} variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} aria-hidden />} w="fit-content" data-testid="attendance-back">
          {programme.data?.title ?? t('programmes.backToProgramme')}
        </Button>
      )}
      <div>
        <PageTitle text={session ? t('programmes.attendance.titleOf', { session: session.title }) : t('programmes.attendance.title')} testId="attendance-title" />
        {batch && <Text c="dimmed">{batch.name}</Text>}
      </div>
      <Text fz="xl" fw={800} data-testid="attendance-count" data-present={present} data-total={items.length}>
        {t('programmes.attendance.count', { present, total: items.length })}
      </Text>
      {scanning ? (
        <Stack gap="xs">
          <Suspense fallback={<PageLoader />}>
            <QrScanner onCode={onScan} />
          </Suspense>
          <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={() => setScanning(false)} data-testid="attendance-scan-stop">
            {t('programmes.attendance.stopScan')}
          </Button>
        </Stack>
      ) : (
        <Button size="lg" leftSection={<IconQrcode size={24} aria-hidden />} onClick={() => setScanning(true)} data-testid="attendance-scan">
          {t('programmes.attendance.scan')}
        </Button>
      )}
      <ScanFeedback log={log} />
      <Paper withBorder p="sm" radius="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!code.trim() || busy.current) return;
            send({ token: code.trim() });
            setCode('');
          }}
        >
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              label={t('programmes.attendance.codeLabel')}
              description={t('programmes.attendance.codeHint')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              leftSection={<IconKeyboard size={18} aria-hidden />}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              style={{ flex: 1 }}
              data-testid="attendance-code"
            />
            <Button type="submit" loading={checkin.isPending && !scanning} data-testid="attendance-code-submit">
              {t('programmes.attendance.codeSubmit')}
            </Button>
          </Group>
        </form>
      </Paper>
      {attendance.isPending && <PageLoader />}
      {attendance.isError && <QueryError error={attendance.error} onRetry={() => void attendance.refetch()} />}
      {attendance.isSuccess && (
        <AttendanceList items={items} busyId={checkin.isPending && checkin.variables && 'participantId' in checkin.variables ? checkin.variables.participantId : null} onTick={(participantId) => send({ participantId })} />
      )}
    </Stack>
  );
}
