import { Box, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Letterhead } from '../../api/types';

/** Helvetica is what the PDF uses; Arial and the system sans look the same on screen. */
const PRINT_FONT = 'Helvetica, Arial, "Liberation Sans", sans-serif';

/** A grey bar standing in for the body of the report between letterhead and signature. */
function Filler({ width }: { width: string }) {
  return <Box h={6} w={width} bg="gray.3" style={{ borderRadius: 3 }} />;
}

/**
 * The letterhead as it prints on reports, updated while typing: government and office lines
 * centred and bold, address and contact below, the double rule (thick over thin), then the
 * signature block ("{city}, {date}", title, room to sign, name). Empty lines are left out as in the
 * PDF. Test id: `settings-preview`.
 */
export function LetterheadPreview({ letterhead: lh }: { letterhead: Letterhead }) {
  const { t } = useTranslation();
  const has = (s: string) => s.trim() !== '';
  const withHead = [lh.government, lh.office, lh.address, lh.contact].some(has);
  // The PDF dates the signature in Indonesian whatever the report's language.
  const date = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const place = has(lh.city) ? `${lh.city.trim()}, ${date}` : date;

  return (
    <Box component="figure" m={0}>
      <Text component="figcaption" fw={600} size="sm" mb={6}>
        {t('settings.preview')}
      </Text>
      <Paper withBorder shadow="xs" radius="sm" p="md" bg="white" c="black" data-testid="settings-preview" style={{ fontFamily: PRINT_FONT, overflowWrap: 'anywhere' }}>
        {withHead ? (
          <Box ta="center" lh={1.3}>
            {has(lh.government) && <div style={{ fontWeight: 700, fontSize: 15 }} data-line="government">{lh.government}</div>}
            {has(lh.office) && <div style={{ fontWeight: 700, fontSize: 17 }} data-line="office">{lh.office}</div>}
            {has(lh.address) && <div style={{ fontSize: 12 }} data-line="address">{lh.address}</div>}
            {has(lh.contact) && <div style={{ fontSize: 12 }} data-line="contact">{lh.contact}</div>}
            <Box mt={6} style={{ borderTop: '3px solid black' }} />
            <Box mt={2} style={{ borderTop: '1px solid black' }} />
          </Box>
        ) : (
          <Text size="sm" c="dimmed" ta="center" fs="italic">
            {t('settings.previewNoHead')}
          </Text>
        )}
        <Box my="md" aria-hidden style={{ display: 'grid', gap: 6, justifyItems: 'center' }}>
          <Filler width="60%" />
          <Filler width="100%" />
          <Filler width="100%" />
        </Box>
        <Box ml="auto" w="fit-content" miw="55%" maw="100%" ta="center" style={{ fontSize: 13 }} lh={1.35}>
          <div data-line="place">{place}</div>
          {has(lh.signerTitle) && <div data-line="signerTitle">{lh.signerTitle}</div>}
          {has(lh.signerName) && (
            <div data-line="signerName" style={{ marginTop: 36, fontWeight: 700, textDecoration: 'underline' }}>
              {lh.signerName}
            </div>
          )}
        </Box>
      </Paper>
    </Box>
  );
}
