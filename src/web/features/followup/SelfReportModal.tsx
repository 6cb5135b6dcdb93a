import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/messages';
import type { useSelfReportLink } from './followup.api';
import type { TaskView } from './followup.types';

/**
 * "Kirim tautan lapor mandiri": shows the making of the owner's personal link for one task (started by the
 * button's click, not by an effect, so the owner is never messaged twice), says to whom it was sent (masked
 * phone) or that staff must pass it on, and offers the link with a copy button.
 * Test ids: `self-report-modal`, `self-report-url`, `self-report-copy`, `self-report-sent-to`, `self-report-error`.
 */
export function SelfReportModal({ task, link, onClose }: { task: TaskView | null; link: ReturnType<typeof useSelfReportLink>; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');

  return (
    <Modal opened={task !== null} onClose={onClose} title={t('followup.selfReport.title')} size="lg" fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md" data-testid="self-report-modal">
        {task && <Text fw={600}>{task.businessName}</Text>}
        {link.isPending && <Text c="dimmed">{t('followup.selfReport.making')}</Text>}
        {link.isError && (
          <Alert color="red" role="alert" data-testid="self-report-error">
            {errorMessage(t, link.error)}
          </Alert>
        )}
        {link.data && (
          <>
            <Alert color={link.data.sentTo ? 'green' : 'orange'} role="status" data-testid="self-report-sent-to">
              {link.data.sentTo ? t('followup.selfReport.sentTo', { phone: link.data.sentTo }) : t('followup.selfReport.notSent')}
            </Alert>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput label={t('followup.selfReport.url')} value={link.data.url} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} data-testid="self-report-url" />
              <CopyButton value={link.data.url}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy} leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />} data-testid="self-report-copy">
                    {copied ? t('followup.selfReport.copied') : t('followup.selfReport.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm" c="dimmed">
              {t('followup.selfReport.expires', { at: formatDateTime(link.data.expiresAt, i18n.language) })}
            </Text>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
