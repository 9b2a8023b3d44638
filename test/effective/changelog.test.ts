import { describe, expect, test } from 'vitest';
import { normalizeEndpoint, parseChangelog } from '../../src/effective/changelog.ts';

// A made-up changelog in the upstream layout: sections per version, bullets
// that wrap onto indented lines, endpoints spelled several ways.
const TEXT = [
  '# Engine API version history',
  '',
  '## v1.44 API changes',
  '',
  '* `POST /containers/create` now accepts a `HostConfig.Frobnicate` field,',
  '  which turns frobnication on.',
  '* `GET /containers/(id or name)/json` and `POST /service/create` now return `Widget`.',
  '',
  '### v1.17 API changes',
  '',
  '- `DELETE /images/{name:.*}` now takes `force`.',
].join('\n');

describe('parseChangelog', () => {
  const bullets = parseChangelog(TEXT);

  test('one bullet per change, with its section, first line and continuation', () => {
    expect(bullets.map((bullet) => [bullet.version, bullet.line])).toEqual([
      ['1.44', 5],
      ['1.44', 7],
      ['1.17', 11],
    ]);
    expect(bullets[0]?.text).toContain('which turns frobnication on.');
  });

  test('endpoints are normalised to element-key templates', () => {
    expect(bullets.map((bullet) => bullet.endpoints)).toEqual([
      ['POST /containers/create'],
      ['GET /containers/{id}/json', 'POST /services/create'],
      ['DELETE /images/{name}'],
    ]);
  });

  test('backticked names other than endpoints are kept in order', () => {
    expect(bullets[0]?.names).toEqual(['HostConfig.Frobnicate']);
    expect(bullets[2]?.names).toEqual(['force']);
  });
});

describe('normalizeEndpoint', () => {
  test.each([
    ['GET', '/containers/(name)/logs', 'GET /containers/{name}/logs'],
    ['post', '/build/', 'POST /build'],
    ['GET', '/networks/(id or name)', 'GET /networks/{id}'],
    ['POST', '/plugins/(plugin name)/set', 'POST /plugins/{name}/set'],
    ['GET', '/container/{id}/json', 'GET /containers/{id}/json'],
  ])('%s %s → %s', (method, path, expected) => {
    expect(normalizeEndpoint(method, path)).toBe(expected);
  });
});
