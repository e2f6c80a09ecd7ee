'use client';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { setNonce } from 'get-nonce';

const NonceContext = createContext<string | undefined>(undefined);

/**
 * Hands the page's Content-Security-Policy nonce to the two `<style>` elements Radix Select adds
 * while a list is open: its viewport's (through the context) and its scroll lock's (which reads
 * a module-wide nonce from `get-nonce`). Without it a strict CSP (no `'unsafe-inline'` in
 * `style-src`) blocks both, and reports a violation each time a list opens.
 */
export function NonceProvider({
  nonce,
  children,
}: {
  nonce: string | undefined;
  children: ReactNode;
}) {
  useEffect(() => {
    // Lists open on user input, always after this effect has run.
    if (nonce) setNonce(nonce);
  }, [nonce]);
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

/** The nonce given to the nearest {@link NonceProvider}, if any. */
export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
