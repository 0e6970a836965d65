import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';

/**
 * The notice's one typeface: Noto Sans Hans (OFL) from `@embedpdf/fonts-sc`,
 * subset to exactly the characters of one notice. The full font is 8 MB; a
 * notice needs a few hundred glyphs, so the embedded subset is tens of KB.
 *
 * pdf-lib's own subsetting breaks CJK glyphs, so harfbuzz (subset-font) cuts
 * the font and pdf-lib embeds the result whole (`subset: false`). The result
 * stays CFF-flavoured OpenType, which pdf-lib embeds as CIDFontType0C.
 */

export const NOTICE_FONT_NAME = 'NotoSansHans-Regular';

let source: Promise<Buffer> | null = null;

function fontPath(): string {
  const require = createRequire(import.meta.url);
  const packageMain = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(packageMain), '..', 'fonts', `${NOTICE_FONT_NAME}.otf`);
}

/** Read once per process: later notices only pay for the subset. */
function fontSource(): Promise<Buffer> {
  source ??= readFile(fontPath()).catch((error: unknown) => {
    source = null;
    throw error;
  });
  return source;
}

/**
 * Reads the font and compiles harfbuzz ahead of the first notice (about a
 * second or two on a busy machine), e.g. while the service starts.
 */
export async function preloadNoticeFont(): Promise<void> {
  await subsetNoticeFont(new Set('理赔0'));
}

/**
 * A font program holding exactly `chars`. Throws when the typeface lacks one
 * of them (a rare character in a name, say): a notice that prints a blank box
 * where the customer's name should be must not go out.
 */
export async function subsetNoticeFont(chars: ReadonlySet<string>): Promise<Uint8Array> {
  const text = [...chars].join('');
  const subset = new Uint8Array(
    await subsetFont(await fontSource(), text, {
      targetFormat: 'sfnt',
      // Text is drawn glyph by glyph from cmap, never shaped, and PDF viewers
      // do not need hints: both only add bytes.
      noHinting: true,
      noLayoutClosure: true,
    }),
  );
  const font = fontkit.create(subset);
  const missing = [...chars].filter(
    (char) => !/\s/.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
  );
  if (missing.length > 0) {
    const codes = missing.map(
      (char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
    throw new Error(`The notice font (${NOTICE_FONT_NAME}) has no glyph for ${codes.join(', ')}`);
  }
  return subset;
}
