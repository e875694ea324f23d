import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18next } from '../i18n/i18n';

interface State {
  error: Error | null;
}

/** A render error shows a message and a way back, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    // A class component: the strings come from i18next itself, in the language the page shows.
    const t = i18next.t.bind(i18next);
    return (
      <main className="flex flex-1 items-start justify-center p-6">
        <div role="alert" className="error-box max-w-lg">
          <h2 className="text-lg font-semibold">{t('error.heading')}</h2>
          <p className="mt-2 text-sm">{this.state.error.message}</p>
          <button type="button" className="btn btn-primary mt-4" onClick={() => this.setState({ error: null })}>
            {t('error.again')}
          </button>
        </div>
      </main>
    );
  }
}
