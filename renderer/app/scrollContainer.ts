import { createContext, useContext } from 'react';

/** The element the step scrolls in (the frame's main area): long lists render only what it shows. */
export const ScrollContainer = createContext<HTMLElement | null>(null);

export const useScrollContainer = () => useContext(ScrollContainer);
