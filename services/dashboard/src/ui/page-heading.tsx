import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's one h1. It takes focus when the page opens, so a screen reader hears where a link
 * led and the next Tab starts from the page's top, and it names the browser tab.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Lotsen`;
    heading.current?.focus();
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
