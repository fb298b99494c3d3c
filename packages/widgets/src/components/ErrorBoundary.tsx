import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What to show instead of the children once they have thrown. */
  fallback: (error: unknown) => ReactNode;
  /** Told about the error (e.g. to log it); the page goes on. */
  onError?(error: unknown, info: ErrorInfo): void;
  children?: ReactNode;
}

interface State {
  failed: boolean;
  error: unknown;
}

/** Keeps an error in one part of the page (a plugin's playground) from taking the whole page down. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false, error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (this.props.onError) this.props.onError(error, info);
    else console.error('A Tickets widget part failed to render:', error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
