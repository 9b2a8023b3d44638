import { describe, expect, test } from 'vitest';
import { chooseGeneration } from '../../../src/lint/extractors/go-sdk/generation.ts';

const goMod = (require: string) => ({
  path: 'go.mod',
  text: `module example.com/app\n\ngo 1.22\n\nrequire (\n\t${require}\n)\n`,
});

describe('which client generation a file is written against', () => {
  test.each([
    [
      'github.com/docker/docker v20.10.24+incompatible',
      'v24.0.9',
      '1.41',
      'github.com/docker/docker/client v20.10.24',
    ],
    [
      'github.com/docker/docker v24.0.9+incompatible',
      'v24.0.9',
      '1.43',
      'github.com/docker/docker/client v24.0.9',
    ],
    [
      'github.com/docker/docker v27.1.0+incompatible // indirect',
      'v28.5.2',
      '1.46',
      'github.com/docker/docker/client v27.1.0',
    ],
    ['github.com/moby/moby/client v0.1.0', 'main', '1.56', 'github.com/moby/moby/client main'],
  ])('go.mod requiring %s', (line, id, defaultVersion, library) => {
    expect(chooseGeneration(new Set(), () => new Set(), goMod(line))).toEqual({
      id,
      defaultVersion,
      library,
    });
  });

  test.each([
    [['github.com/moby/moby/client'], [], 'main'],
    [
      ['github.com/docker/docker/client'],
      ['types.ContainerListOptions', 'types.ImagePullOptions'],
      'v24.0.9',
    ],
    [['github.com/docker/docker/client'], ['container.ListOptions', 'image.PullOptions'], 'v28.5.2'],
    [['github.com/docker/docker/client'], [], 'v28.5.2'],
  ])('without a go.mod: imports %j, types %j', (imports, types, id) => {
    expect(chooseGeneration(new Set(imports), () => new Set(types), undefined).id).toBe(id);
  });
});
