import { useEffect, useRef, type ReactNode } from 'react';
import { takeNavigation } from '../router';

/**
 * One portal page: its heading takes focus when the page changes, so keyboard and screen reader
 * users land on the new content instead of staying on the link they followed.
 */
export function Page({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Northwind Bank`;
    if (takeNavigation()) heading.current?.focus();
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="page__intro">{intro}</p>}
      {children}
    </section>
  );
}
