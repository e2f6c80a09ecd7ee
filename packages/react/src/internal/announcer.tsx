'use client';
import { useState, useSyncExternalStore, type HTMLAttributes } from 'react';

/** A polite live region's message source, kept outside React state so announcing re-renders only the region. */
export interface Announcer {
  announce(message: string): void;
  /**
   * Announces a message together with the others queued in the same task, as one: rows that
   * change at once are heard together instead of each replacing the last.
   */
  queue(message: string): void;
  subscribe(listener: () => void): () => void;
  get(): { message: string; id: number };
}

export function createAnnouncer(): Announcer {
  let state = { message: '', id: 0 };
  const listeners = new Set<() => void>();
  // Whether a message was queued earlier in the current task.
  let batching = false;
  const notify = () => listeners.forEach((listener) => listener());
  const announce = (message: string) => {
    state = { message, id: state.id + 1 };
    notify();
  };
  return {
    announce(message) {
      batching = false;
      announce(message);
    },
    queue(message) {
      if (batching) {
        // The same element, with the message added: heard as one announcement.
        state = { message: `${state.message} ${message}`, id: state.id };
        return notify();
      }
      batching = true;
      queueMicrotask(() => {
        batching = false;
      });
      announce(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => state,
  };
}

/** One announcer per component instance. */
export function useAnnouncer(): Announcer {
  return useState(createAnnouncer)[0];
}

const serverState = { message: '', id: 0 };

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps extends HTMLAttributes<HTMLDivElement> {
  announcer: Announcer;
  scope: string;
}

/**
 * A polite status region, present from the first render (screen readers ignore regions that
 * appear together with their text). A new key per message makes a repeated message heard again.
 */
export function LiveRegion({ announcer, scope, ...props }: LiveRegionProps) {
  const { message, id } = useSyncExternalStore(
    announcer.subscribe,
    announcer.get,
    () => serverState,
  );
  return (
    <div role="status" aria-live="polite" {...props} data-scope={scope} data-part="announcer">
      {message ? <span key={id}>{message}</span> : null}
    </div>
  );
}
