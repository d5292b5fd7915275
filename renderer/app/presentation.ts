import { useEffect } from 'react';
import { create } from 'zustand';

/** Presentation mode, for a projector in a workshop: larger type, no side panel, the step full width. */
export const usePresentation = create<{ presenting: boolean; toggle(): void; stop(): void }>((set) => ({
  presenting: false,
  toggle: () => set((state) => ({ presenting: !state.presenting })),
  stop: () => set({ presenting: false }),
}));

/** The type scale while presenting: every size in rem follows the root's. */
const PRESENTING_ROOT_SIZE = '125%';

/** F11 toggles the mode, Escape leaves it; the root font size grows while it lasts. */
export function usePresentationKeys(): void {
  const presenting = usePresentation((state) => state.presenting);
  useEffect(() => {
    document.documentElement.style.fontSize = presenting ? PRESENTING_ROOT_SIZE : '';
  }, [presenting]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F11') {
        event.preventDefault();
        usePresentation.getState().toggle();
      } else if (event.key === 'Escape' && usePresentation.getState().presenting && !document.querySelector('[role="dialog"], [role="listbox"], [role="menu"]')) {
        usePresentation.getState().stop();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
