import type { Extractor } from '../types.ts';

/**
 * Copy this folder to add an extractor, then list it in ../index.ts.
 * Keep `extract` linear in the file size: scan with indexOf or regexes whose
 * quantifiers are bounded, and cap every lookahead.
 */
export const templateExtractor: Extractor = {
  id: 'template',
  title: 'Describe what the extractor finds',
  files: { extensions: ['ext'] },
  enablers: ['literal-that-must-appear'],
  extract: ({ file, lines }) => {
    const usages = [];
    for (
      let at = file.text.indexOf('literal-that-must-appear');
      at !== -1;
      at = file.text.indexOf('literal-that-must-appear', at + 1)
    ) {
      const { line, column } = lines.position(at);
      usages.push({
        kind: 'pin' as const,
        extractor: 'template',
        file: file.path,
        line,
        column,
        pin: '1.41',
      });
    }
    return usages;
  },
};
