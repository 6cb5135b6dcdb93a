import type { ReactNode } from 'react';

interface NoticeProps {
  /** ok = green, wait = amber, bad = red, info = blue. */
  tone: 'ok' | 'wait' | 'bad' | 'info';
  title?: string;
  children?: ReactNode;
  testId?: string;
}

/**
 * A coloured message box. Bad news is announced at once (role=alert); other news politely
 * (role=status), so a screen reader reads the result of an action without moving focus.
 */
export function Notice({ tone, title, children, testId }: NoticeProps) {
  return (
    <div className={`notice ${tone}`} role={tone === 'bad' ? 'alert' : 'status'} data-testid={testId}>
      {title && <p className="notice-title">{title}</p>}
      {children}
    </div>
  );
}
