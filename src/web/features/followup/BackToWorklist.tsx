import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** "Kembali ke tindak lanjut": the way back from the follow-up sub-pages (alerts, conflicts, history). */
export function BackToWorklist() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to="/followup" variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} aria-hidden />} w="fit-content">
      {t('followup.worklist.back')}
    </Button>
  );
}
