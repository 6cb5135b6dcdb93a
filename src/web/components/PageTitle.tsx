import { Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/** The page's one h1; also sets the browser tab title ("… · Berdaya"). */
export function PageTitle({ children, text, testId }: { children?: ReactNode; text: string; testId?: string }) {
  useEffect(() => {
    document.title = `${text} · Berdaya`;
  }, [text]);
  return (
    <Title order={1} size="h2" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
      {children ?? text}
    </Title>
  );
}
