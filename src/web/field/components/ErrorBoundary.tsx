import { Component, type ReactNode } from 'react';
import { t } from '../i18n';

/**
 * Catches a screen that failed to load or render (typically a screen's chunk missing after a new
 * release replaced the old files) and offers a reload, instead of a blank page. The queue is in
 * IndexedDB, so reloading loses nothing.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean; key: string }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; key: string }) {
    // Moving to another screen gives it a fresh chance.
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice bad" role="alert">
        <p>{t('errors.screen')}</p>
        <button type="button" className="btn btn-secondary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </div>
    );
  }
}
