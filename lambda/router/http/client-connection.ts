/**
 * The caller's side of a request, as far as the core needs it: whether the caller went away, and a
 * way to hear about it. Cheaper than an AbortSignal per request (Node builds each signal as a
 * transferable object), which matters on a path that must add only microseconds.
 */
export interface ClientConnection {
  readonly closed: boolean;
  /** Calls `listener` once when the caller goes away; returns a function that unsubscribes. */
  onClose(listener: () => void): () => void;
}

/** A connection the transport adapter closes when it sees the caller leave. */
export class ClientConnectionState implements ClientConnection {
  private listeners: (() => void)[] | undefined;
  private isClosed = false;

  get closed(): boolean {
    return this.isClosed;
  }

  onClose(listener: () => void): () => void {
    if (this.isClosed) {
      listener();
      return () => undefined;
    }
    (this.listeners ??= []).push(listener);
    return () => {
      const at = this.listeners?.indexOf(listener) ?? -1;
      if (at >= 0) this.listeners!.splice(at, 1);
    };
  }

  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    const listeners = this.listeners ?? [];
    this.listeners = undefined;
    for (const listener of listeners) listener();
  }
}

/** A connection that follows an AbortSignal (for callers that already have one). */
export function connectionFromSignal(signal: AbortSignal): ClientConnection {
  const state = new ClientConnectionState();
  if (signal.aborted) state.close();
  else signal.addEventListener('abort', () => state.close(), { once: true });
  return state;
}
