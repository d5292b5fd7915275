import { flushSync } from 'react-dom';
import { create } from 'zustand';

/** True while the browser prepares a print: long lists then render every row, not only those in view. */
export const usePrinting = create<{ printing: boolean }>(() => ({ printing: false }));

if (typeof window !== 'undefined') {
  // Synchronously, so that the whole table is in the page before the browser lays it out for paper.
  window.addEventListener('beforeprint', () => flushSync(() => usePrinting.setState({ printing: true })));
  window.addEventListener('afterprint', () => usePrinting.setState({ printing: false }));
}
