import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <main className="flex flex-1 items-start justify-center p-6">
        <div role="alert" className="error-box max-w-lg">
          <h2 className="text-lg font-semibold">Something went wrong while showing the timeline</h2>
          <p className="mt-2 text-sm">{this.state.error.message}</p>
          <button type="button" className="btn btn-primary mt-4" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </main>
    );
  }
}
