import { expect, test } from 'vitest';
import { cleanDaemonText } from '../../src/daemon/sanitize.ts';

test.each([
  ['20.10\u001b[31mred\u001b[0m', '20.10red'],
  ['a\u001b]0;title\u0007b', 'ab'],
  ['a\u001b]8;;http://x\u001b\\link', 'alink'],
  ['x\n::error::boom', 'x : :error: :boom'],
  ['::add-mask::secret', ': :add-mask: :secret'],
  ['\u009b31mz', 'z'],
  ['a\u202eb\u2066c', 'a b c'],
  ['27.1.2+dfsg1', '27.1.2+dfsg1'],
  ['x'.repeat(500), `${'x'.repeat(200)}…`],
])('%j → %j', (raw, clean) => {
  expect(cleanDaemonText(raw)).toBe(clean);
});
