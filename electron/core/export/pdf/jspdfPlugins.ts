import zlib from 'node:zlib';
import { jsPDF } from 'jspdf';

/** A piece of text as jsPDF's text plugins see it: a line, or a line with its offsets. */
type TextPiece = string | [string, number, number];
type Handler = (payload: { text: TextPiece[]; mutex: { activeFontKey: string; isHex?: boolean } }) => void;
/** A line as the plugins hand it back; isHex says the glyph encoder turned it into glyph ids. */
type Processed = { text: string; isHex: boolean };

/** The letters jsPDF's Arabic shaper rewrites (its own isArabicLetter): any other text it leaves as is. */
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const arabicShaper = (jsPDF.API as { processArabic?: unknown }).processArabic;

/**
 * jsPDF sends every text() call through its plugins: the Arabic shaper before layout; after it the
 * glyph encoder, which appends each character drawn to the font's list of used glyphs (millions of
 * entries at 1,000 actions), and the bidi reorderer. For one font and one string the result never
 * changes and the glyph bookkeeping is idempotent, so each distinct string goes through them once
 * per document; the result is then reused as is. A line without an Arabic letter skips the shaper,
 * which walks it letter by letter only to give it back unchanged (a tenth of a small plan's export).
 */
export function memoizeTextPlugins(doc: jsPDF): void {
  const topics = doc.internal.events.getTopics();
  for (const topic of ['preProcessText', 'postProcessText']) {
    const handlers = Object.values(topics[topic] ?? {}).map(([handler]) => handler as Handler);
    if (handlers.length === 0) continue;
    // getTopics() hands out the document's own table: the plugins are unsubscribed, then run from here.
    delete topics[topic];
    const byFont = new Map<string, Map<string, Processed>>();
    doc.internal.events.subscribe(topic, (payload: Parameters<Handler>[0]) => {
      const lines = byFont.get(payload.mutex.activeFontKey) ?? new Map<string, Processed>();
      byFont.set(payload.mutex.activeFontKey, lines);
      payload.text = payload.text.map((piece) => {
        const line = typeof piece === 'string' ? piece : piece[0];
        let result = lines.get(line);
        if (!result) {
          const mutex = { ...payload.mutex, isHex: false };
          const single = { ...payload, text: [line], mutex };
          for (const handler of handlers) if (handler !== arabicShaper || ARABIC_LETTER.test(line)) handler(single);
          // The plugins may hand a line back wrapped in an array of one: jsPDF reads both alike.
          const [out] = single.text;
          result = { text: typeof out === 'string' ? out : out[0], isHex: mutex.isHex === true };
          lines.set(line, result);
        }
        if (result.isHex) payload.mutex.isHex = true;
        return typeof piece === 'string' ? result.text : [result.text, piece[1], piece[2]];
      });
    });
  }
}

type Filter = (data: string, chain: string | string[]) => { data: string; reverseChain: string };

/**
 * jsPDF deflates each stream in JavaScript, then rebuilds the result one character at a time; at
 * 1,000 actions that is a fifth of the export. Node's zlib gives the same kind of stream (FlateDecode,
 * read by every viewer) natively. Swapped in only while `run` writes the document, which is
 * synchronous, so no other caller of jsPDF sees it.
 */
export function withNativeDeflate<T>(run: () => T): T {
  const api = jsPDF.API as unknown as { processDataByFilters: Filter };
  const original = api.processDataByFilters;
  api.processDataByFilters = (data, chain) => {
    const filters = typeof chain === 'string' ? [chain] : chain;
    if (filters.length !== 1 || filters[0].replace('/', '') !== 'FlateEncode') return original(data, chain);
    return { data: zlib.deflateSync(Buffer.from(data, 'latin1')).toString('latin1'), reverseChain: '/FlateDecode' };
  };
  try {
    return run();
  } finally {
    api.processDataByFilters = original;
  }
}
