import { useCallback, useLayoutEffect, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { usePrinting } from '../app/printing';
import { useScrollContainer } from '../app/scrollContainer';

/**
 * From this many rows on, a list renders only the rows near the screen. Shorter lists render whole,
 * so that a small plan keeps find-in-page and every row in the page for screen readers.
 */
export const VIRTUAL_FROM = 60;

export interface VirtualRows {
  /** Put on the element that holds the rows: it says where the list starts in the scrolled area. */
  holder(element: HTMLElement | null): void;
  /** The rows to render, in order. */
  indexes: number[];
  /** Heights (px) of the space standing for the rows not rendered, above and below. */
  before: number;
  after: number;
  /** Put on each rendered row, with `data-index`, so rows of any height are measured. */
  measure?: (element: Element | null) => void;
  /** Brings a row into view, rendered or not (a row just added at the end of a long list). */
  scrollToIndex(index: number): void;
}

const everyIndex = (count: number) => Array.from({ length: count }, (_, index) => index);

/** TanStack Virtual over the frame's scrolled area; `estimate` is a row's usual height in pixels. */
export function useVirtualRows(count: number, estimate: number): VirtualRows {
  const scrollElement = useScrollContainer();
  const [list, setList] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const printing = usePrinting((state) => state.printing);
  const enabled = count >= VIRTUAL_FROM && scrollElement !== null && !printing;

  // Where the list starts moves when what is above it grows (a warning appears): follow it.
  useLayoutEffect(() => {
    if (!enabled || !list || !scrollElement) return;
    const follow = () => setMargin(list.getBoundingClientRect().top - scrollElement.getBoundingClientRect().top + scrollElement.scrollTop);
    follow();
    const observer = new ResizeObserver(follow);
    for (const child of scrollElement.children) observer.observe(child);
    return () => observer.disconnect();
  }, [enabled, list, scrollElement]);

  // The virtualizer is a mutable instance (not memoisable); the component re-renders when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    enabled,
    getScrollElement: () => scrollElement,
    estimateSize: useCallback(() => estimate, [estimate]),
    overscan: 8,
    scrollMargin: margin,
  });

  const scrollToIndex = (index: number) => {
    if (enabled) virtualizer.scrollToIndex(index, { align: 'start' });
    else list?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: 'start' });
  };
  if (!enabled) return { holder: setList, indexes: everyIndex(count), before: 0, after: 0, scrollToIndex };
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    holder: setList,
    indexes: items.map((item) => item.index),
    before: first ? first.start - margin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - margin) : 0,
    measure: virtualizer.measureElement,
    scrollToIndex,
  };
}
