// yargs measures every help line with string-width, even when no help is shown
// (it renders help ahead of time). string-width builds an Intl.Segmenter and
// Unicode-property regexes on load and first use, a large share of the CLI's
// start-up. Our help text is printable ASCII plus a few symbols, so the bundle
// measures width per code point: ANSI escapes count 0, East Asian wide and
// fullwidth characters count 2, combining marks count 0.
import { eastAsianWidth } from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;

export default function stringWidth(text, options = {}) {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const plain = options.countAnsiEscapeCodes ? text : stripAnsi(text);
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  let width = 0;
  for (const character of plain) {
    if (ZERO_WIDTH.test(character)) continue;
    width += eastAsianWidth(character.codePointAt(0), {
      ambiguousAsWide: options.ambiguousIsNarrow === false,
    });
  }
  return width;
}
