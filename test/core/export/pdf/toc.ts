/** The entries of the table of contents (page 2): "3. Objectifs ........ 4". */
export function tocEntries(pages: string[]): { title: string; page: number }[] {
  return [...pages[1].matchAll(/^\s*(\d+\.\s.+?)\s{2,}(\d+)\s*$/gm)].map((match) => ({ title: match[1].trim(), page: Number(match[2]) }));
}

/** The page a numbered section heading really stands on, looking past the table of contents. */
export function headingPage(pages: string[], title: string): number | null {
  const pattern = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm');
  const index = pages.findIndex((page, at) => at >= 2 && pattern.test(page));
  return index < 0 ? null : index + 1;
}
