import { XmlStream } from './exceljsInternals';

/** The part of exceljs's XmlStream (lib/utils/xml-stream.js, exceljs 4.4) this module relies on. */
interface XmlStreamLike {
  _rollbacks: unknown[];
}

/** Waiting pieces are joined into one string once there are this many and no rollback is open. */
const PIECES_PER_CHUNK = 8192;

/**
 * What exceljs's XmlStream writes a part into, instead of one array of every tag, attribute and text
 * it pushes: at 1,000 actions a sheet is millions of small strings, all kept alive until the part is
 * joined, which each garbage collection copied again (a sixth of the workbook's export). Here they
 * are joined a few thousand at a time, so they die young.
 *
 * XmlStream only pushes, reads the length, splices back to a length it recorded (rollback) and joins.
 * A rollback only ever goes back to a length recorded while it was open, and nothing is joined while
 * one is open, so it never reaches into a joined chunk.
 */
class XmlPieces {
  private readonly chunks: string[] = [];
  private pieces: string[] = [];
  /** How many pieces the chunks hold: lengths count every piece pushed, as the array did. */
  private joined = 0;

  constructor(private readonly stream: XmlStreamLike) {}

  get length(): number {
    return this.joined + this.pieces.length;
  }

  push(piece: string): number {
    const waiting = this.pieces.push(piece);
    if (waiting >= PIECES_PER_CHUNK && this.stream._rollbacks.length === 0) {
      this.chunks.push(this.pieces.join(''));
      this.joined += waiting;
      this.pieces = [];
    }
    return this.length;
  }

  splice(start: number, deleteCount: number): string[] {
    if (start < this.joined) throw new Error('XmlPieces: a rollback reached into text already joined');
    return this.pieces.splice(start - this.joined, deleteCount);
  }

  join(separator: string): string {
    if (separator !== '') throw new Error('XmlPieces: exceljs joins its XML without a separator');
    return this.chunks.join('') + this.pieces.join('');
  }
}

let installed: boolean | undefined;

/**
 * Gives every XmlStream exceljs creates from now on an XmlPieces instead of its array (once per
 * process). False, and nothing changed, when exceljs's XmlStream is not the one this was written for.
 */
export function joinExcelJsXmlAsItGoes(): boolean {
  if (installed !== undefined) return installed;
  const prototype = XmlStream.prototype;
  const expected = ['openNode', 'closeNode', 'addRollback', 'rollback', 'xml'].every((name) => name in prototype) && !Object.hasOwn(prototype, '_xml');
  if (!expected) return (installed = false);
  // The constructor's `this._xml = []` lands on this setter, which gives the instance its own XmlPieces.
  Object.defineProperty(prototype, '_xml', {
    configurable: true,
    set(this: XmlStreamLike, value: unknown) {
      const empty = Array.isArray(value) && value.length === 0;
      Object.defineProperty(this, '_xml', { value: empty ? new XmlPieces(this) : value, writable: true, enumerable: true });
    },
  });
  installed = (new XmlStream() as { _xml: unknown })._xml instanceof XmlPieces;
  return installed;
}
