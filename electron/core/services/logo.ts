import { logoLimits, type Logo } from '../../../shared/author';
import { fail, ok, type Result } from '../../../shared/result';

interface ImageFacts {
  mimeType: Logo['mimeType'];
  widthPx: number;
  heightPx: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngFacts(bytes: Buffer): ImageFacts | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { mimeType: 'image/png', widthPx: bytes.readUInt32BE(16), heightPx: bytes.readUInt32BE(20) };
}

/** A JPEG's size sits in its "start of frame" segment; walk the segments until one is found. */
function jpegFacts(bytes: Buffer): ImageFacts | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1];
    const length = bytes.readUInt16BE(offset + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isStartOfFrame) {
      return { mimeType: 'image/jpeg', heightPx: bytes.readUInt16BE(offset + 5), widthPx: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

/**
 * Checks a logo from its bytes, not from what the caller declares: a PNG or a JPEG, not too heavy,
 * with sides a cover page can use; its type and size are read from the image itself.
 */
export function checkLogo(base64: string): Result<Logo> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > logoLimits.maxBytes) return fail('logoTooLarge', { maxKb: Math.round(logoLimits.maxBytes / 1000) });
  const facts = pngFacts(bytes) ?? jpegFacts(bytes);
  if (!facts) return fail('logoNotImage');
  const { widthPx, heightPx } = facts;
  const sides = [widthPx, heightPx];
  if (sides.some((side) => side < logoLimits.minSidePx || side > logoLimits.maxSidePx)) {
    return fail('logoDimensions', { width: widthPx, height: heightPx, min: logoLimits.minSidePx, max: logoLimits.maxSidePx });
  }
  return ok({ ...facts, base64: bytes.toString('base64') });
}
