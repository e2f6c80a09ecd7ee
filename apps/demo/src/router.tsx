import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A few lines of client-side routing. Moving between pages must not reload the document: the
 * fake Codat API lives in this page's memory, and a reload would start it afresh.
 */
const listeners = new Set<() => void>();

/**
 * Whether the customer moved to another page since the document loaded: then the new page's
 * heading takes focus. Read and cleared by the page. Asking "does anything have focus?" instead
 * fails when the control that navigated (Finish, say) was removed with the old page: focus is
 * already back on <body> by the time the new page mounts.
 */
let navigated = false;

/** Whether a navigation happened since the last call (the page that mounts takes focus). */
export function takeNavigation(): boolean {
  const result = navigated;
  navigated = false;
  return result;
}

function onPopState() {
  navigated = true;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', onPopState);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(path: string): void {
  navigated = true;
  window.history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function Link({
  href,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const current = usePath() === href;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle new tabs and windows (modifier keys, middle button).
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} aria-current={current ? 'page' : undefined} onClick={follow} {...props} />;
}
