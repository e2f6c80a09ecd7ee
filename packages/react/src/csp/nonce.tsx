'use client';
import { createContext, useContext, type ReactNode } from 'react';

const NonceContext = /* @__PURE__ */ createContext<string | undefined>(undefined);

/**
 * Holds the page's Content-Security-Policy nonce for any part that must add a `<style>` or
 * `<script>` element. None does today (the target list adds no style element and no inline
 * style), so a strict CSP needs nothing from the kit; the nonce is kept so that stays true if a
 * part ever needs one.
 */
export function NonceProvider({
  nonce,
  children,
}: {
  nonce: string | undefined;
  children: ReactNode;
}) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

/** The nonce given to the nearest {@link NonceProvider}, if any. */
export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
