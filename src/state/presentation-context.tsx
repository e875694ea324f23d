import { createContext, useContext, type ReactNode } from 'react';
import { readPresentation, type Presentation } from './embed';

const FULL_VIEW: Presentation = { embedded: false, filters: true, theme: 'auto', notices: [] };

/** Read once, from the address the page was opened at. */
export function presentationOfPage(): Presentation {
  return typeof window === 'undefined' ? FULL_VIEW : readPresentation(window.location.pathname, window.location.search);
}

const PresentationContext = createContext<Presentation>(FULL_VIEW);

export function PresentationProvider({ presentation, children }: { presentation: Presentation; children: ReactNode }) {
  return <PresentationContext.Provider value={presentation}>{children}</PresentationContext.Provider>;
}

/** Whether this is the embed view, and its options (filters shown, theme). */
export function usePresentation(): Presentation {
  return useContext(PresentationContext);
}
