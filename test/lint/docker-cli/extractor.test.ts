import { describe, expect, test } from 'vitest';
import { apiPinExtractor } from '../../../src/lint/extractors/api-pin/index.ts';
import { dockerCliExtractor } from '../../../src/lint/extractors/docker-cli/index.ts';
import type { CliRequestUsage } from '../../../src/lint/extractors/docker-cli/usages.ts';
import { treeOf } from '../../../src/lint/parse/service.ts';
import { LineIndex } from '../../../src/lint/text/line-index.ts';
import type { Usage } from '../../../src/lint/usage.ts';

function extract(path: string, text: string): Usage[] {
  const file = { path, text };
  return dockerCliExtractor.extract({ file, lines: new LineIndex(text), tree: (l) => treeOf(file, l) });
}

/** Compact rows: `OP@line:col pin` for requests, `key@line:col[=value@line:col]` per element, `pin V@line:col`. */
function rows(path: string, text: string): string[] {
  return extract(path, text).flatMap((u) => {
    if (u.kind === 'pin') return [`pin ${u.pin}@${u.line}:${u.column}`];
    const head = `${u.operation}@${u.line}:${u.column}${u.pin ? ` pin ${u.pin}` : ''}`;
    const elements = u.elements.map(
      (e) =>
        `  ${e.in}:${e.name}@${e.at.line}:${e.at.column}` +
        (e.value === undefined ? '' : `=${e.value}@${e.valueAt?.line}:${e.valueAt?.column}`),
    );
    return [head, ...elements];
  });
}

describe('docker command lines in shell scripts', () => {
  test('flags become the elements they set, at the flag; values of enum-like flags are kept', () => {
    const text = [
      '#!/bin/sh',
      'sudo docker run --rm --gpus all \\',
      '  --cgroupns=private \\',
      '  --health-start-interval 5s "$IMAGE" --gpus ignored',
    ].join('\n');
    expect(rows('run.sh', text)).toEqual([
      'POST /containers/create@2:13',
      '  body:HostConfig.AutoRemove@2:17=true@2:17',
      '  body:HostConfig.DeviceRequests@2:22',
      '  body:HostConfig.CgroupnsMode@3:3=private@3:14',
      '  body:Healthcheck.StartInterval@4:3=5s@4:27',
    ]);
  });

  test.each([
    ['long form', 'docker container run --cgroupns private img', 'POST /containers/create@1:18'],
    ['legacy alias of a subcommand', 'docker ps --all', 'GET /containers/json@1:8'],
    ['alias inside a group', 'docker container ls -a', 'GET /containers/json@1:18'],
    [
      'global flags before the command',
      'docker -H tcp://h:2375 --context x logs --until 5m web',
      'GET /containers/{id}/logs@1:36',
    ],
  ])('%s', (_, line, head) => {
    expect(rows('x.sh', line)[0]).toBe(head);
  });

  test('short flags combine, and a value may follow the letter', () => {
    expect(rows('x.sh', 'docker exec -itw/app c sh')).toEqual([
      'POST /containers/{id}/exec@1:8',
      '  body:AttachStdin@1:13',
      '  body:Tty@1:15=true@1:15',
      '  body:WorkingDir@1:16=/app@1:17',
    ]);
  });

  test.each([
    ['podman', 'podman run --gpus all img'],
    ['nerdctl', 'nerdctl run --cgroupns private img'],
    ['buildx', 'docker buildx build --platform linux/arm64 .'],
    ['compose', 'docker compose up -d'],
    ['a word that only mentions docker', 'echo docker run --gpus all'],
    ['a comment', '# docker run --gpus all img'],
  ])('not the Engine through the docker CLI: %s', (_, line) => {
    expect(extract('x.sh', line)).toEqual([]);
  });

  test('commands inside conditions, loops and command substitutions', () => {
    const text =
      'if docker info >/dev/null; then\n  docker exec -t $(docker ps -q) sh\nfi\nfor c in `docker ps -aq`; do docker rm -f $c; done';
    expect(rows('x.sh', text)).toEqual([
      'GET /info@1:11',
      'POST /containers/{id}/exec@2:10',
      '  body:Tty@2:15=true@2:15',
      'GET /containers/json@2:27',
      'GET /containers/json@4:18',
      '  query:all@4:21=true@4:21',
      'DELETE /containers/{id}@4:37',
      '  query:force@4:40=true@4:40',
    ]);
  });

  test('the value decides between elements a flag may set', () => {
    expect(
      rows('x.sh', 'docker run -v data:/data -v /cache --security-opt systempaths=unconfined img'),
    ).toEqual([
      'POST /containers/create@1:8',
      '  body:HostConfig.Binds@1:12',
      '  body:Volumes@1:26',
      '  body:HostConfig.MaskedPaths@1:36',
      '  body:HostConfig.ReadonlyPaths@1:36',
    ]);
  });

  test('options of --mount that need a later API than the flag are elements at the option', () => {
    expect(
      rows(
        'x.sh',
        'docker run --mount type=image,src=alpine,image-subpath=/etc --mount type=bind,src=/a,dst=/b img',
      ),
    ).toEqual([
      'POST /containers/create@1:8',
      '  body:HostConfig.Mounts@1:12',
      '  body:HostConfig.Mounts[].Type@1:20=image@1:25',
      '  body:HostConfig.Mounts[].ImageOptions.Subpath@1:42=/etc@1:56',
      '  body:HostConfig.Mounts@1:61',
    ]);
  });

  test('a script handed to sh -c is read as command lines', () => {
    expect(rows('x.sh', 'sudo bash -c "docker run --gpus all img && docker ps"')).toEqual([
      'POST /containers/create@1:22',
      '  body:HostConfig.DeviceRequests@1:26',
      'GET /containers/json@1:51',
    ]);
  });

  test('flags after the image are the container command’s', () => {
    expect(rows('x.sh', 'docker run img --gpus all --cgroupns private')).toEqual([
      'POST /containers/create@1:8',
    ]);
  });

  test('a variable is an opaque word: its value is not sent as the enum value', () => {
    expect(rows('x.sh', 'docker run --cgroupns "$MODE" img')).toEqual([
      'POST /containers/create@1:8',
      '  body:HostConfig.CgroupnsMode@1:12',
    ]);
  });
});

describe('pins', () => {
  test('the pin text is the api-pin extractor’s usage; the requests it covers carry it', () => {
    const text = 'export DOCKER_API_VERSION=1.41\ndocker ps\n';
    const file = { path: 'x.sh', text };
    const pins = apiPinExtractor.extract({ file, lines: new LineIndex(text), tree: () => undefined });
    // At the version text.
    expect(pins.map((u) => [u.kind, u.line, u.column])).toEqual([['pin', 1, 27]]);
    expect(rows('x.sh', text)).toEqual(['GET /containers/json@2:8 pin 1.41']);
  });

  test('a prefix pins its command; export pins the commands after it', () => {
    const text = [
      'docker run --gpus all a',
      'export DOCKER_API_VERSION=1.41',
      'docker run b',
      'DOCKER_API_VERSION=1.40 docker run c',
    ].join('\n');
    expect(rows('x.sh', text).filter((r) => !r.startsWith('  '))).toEqual([
      'POST /containers/create@1:8',
      'POST /containers/create@3:8 pin 1.41',
      'POST /containers/create@4:32 pin 1.40',
    ]);
  });

  test('CI env blocks cover their workflow, job or step', () => {
    const text = [
      'env:',
      '  DOCKER_API_VERSION: "1.41"',
      'jobs:',
      '  a:',
      '    steps:',
      '      - run: docker run --cgroupns host img',
      '      - name: pinned step',
      '        env:',
      '          DOCKER_API_VERSION: 1.43',
      '        run: |',
      '          docker network create --ingress net',
      '      - run: docker ps',
    ].join('\n');
    expect(rows('.github/workflows/ci.yml', text).filter((r) => !r.startsWith('  '))).toEqual([
      'POST /containers/create@6:21 pin 1.41',
      'POST /networks/create@11:26 pin 1.43',
      'GET /containers/json@12:21 pin 1.41',
    ]);
  });
});

describe('other file kinds', () => {
  test('Makefile recipes, with make variables as opaque words', () => {
    expect(rows('Makefile', 'run:\n\t@docker run --gpus all $(IMAGE) --rm\n')).toEqual([
      'POST /containers/create@2:10',
      '  body:HostConfig.DeviceRequests@2:14',
    ]);
  });

  test('command substitutions in recipes ($$(docker ps -q))', () => {
    expect(
      rows('Makefile', 'clean:\n\t-docker rm -f $$(docker ps -aq) $(IMAGE)\n').filter(
        (r) => !r.startsWith('  '),
      ),
    ).toEqual(['DELETE /containers/{id}@2:10', 'GET /containers/json@2:26']);
  });

  test('a Makefile export pins every recipe; its `:=` text, which api-pin does not read, is a pin here', () => {
    expect(rows('Makefile', 'export DOCKER_API_VERSION := 1.41\nrun:\n\tdocker ps\n')).toEqual([
      'pin 1.41@1:30',
      'GET /containers/json@3:9 pin 1.41',
    ]);
  });

  test('GitLab script lists', () => {
    expect(rows('.gitlab-ci.yml', 'test:\n  script:\n    - docker run --cgroupns=private img\n')[0]).toBe(
      'POST /containers/create@3:14',
    );
  });

  test('console blocks in Markdown: prompted lines only', () => {
    const text = 'Run:\n\n```console\n$ docker run --gpus all img\nerror: --gpus requires\n```\n';
    expect(rows('README.md', text)).toEqual([
      'POST /containers/create@4:10',
      '  body:HostConfig.DeviceRequests@4:14',
    ]);
  });

  test('code blocks in other languages are read as such files', () => {
    const text =
      '```yaml\nsteps:\n  - run: docker run --gpus all img\n```\n\n```python\nsubprocess.run(["docker", "run", "--init", "img"])\n```\n';
    expect(rows('docs/ci.md', text).filter((r) => !r.startsWith('  '))).toEqual([
      'POST /containers/create@3:17',
      'POST /containers/create@7:27',
    ]);
  });

  test('YAML flow sequences are argument lists', () => {
    expect(rows('k8s.yaml', 'command: ["docker", "run", "--gpus", "all", "img"]\n')).toEqual([
      'POST /containers/create@1:21',
      '  body:HostConfig.DeviceRequests@1:28',
    ]);
  });

  test('prompted lines of indented Markdown code', () => {
    expect(rows('README.md', 'Run:\n\n    $ docker run --gpus all img\n    output\n')[0]).toBe(
      'POST /containers/create@3:14',
    );
  });

  test('reStructuredText code blocks', () => {
    const text = 'Run\n\n.. code-block:: bash\n\n   docker run --cgroupns host img\n';
    expect(rows('docs/run.rst', text)[0]).toBe('POST /containers/create@5:11');
  });

  test.each([
    ['python list', 'app.py', 'subprocess.run(["docker", "run", "--gpus", "all", image])', 1, 34],
    ['python shell string', 'app.py', 'os.system("docker run --gpus all img")', 1, 23],
    ['go exec.Command', 'main.go', 'exec.Command("docker", "run", "--gpus", "all", img)', 1, 31],
    ['node spawn', 'x.js', "spawn('docker', ['run', '--gpus', 'all', img])", 1, 25],
  ])('%s', (_, path, text, line, column) => {
    const usages = extract(path, text) as CliRequestUsage[];
    expect(usages.map((u) => [u.operation, u.elements.map((e) => [e.name, e.at.line, e.at.column])])).toEqual(
      [['POST /containers/create', [['HostConfig.DeviceRequests', line, column]]]],
    );
  });

  test('npm scripts are shell command lines', () => {
    expect(
      rows('package.json', '{"scripts": {"gpu": "npm ci && docker run --gpus all img", "name": "docker"}}'),
    ).toEqual(['POST /containers/create@1:39', '  body:HostConfig.DeviceRequests@1:43']);
  });

  test('a string that only mentions a docker command is not a command line', () => {
    expect(extract('app.py', 'print("docker run failed")')).toEqual([]);
  });
});

describe('version annotations ride along for the rules', () => {
  test('each annotated flag, mapped or not, with the version the CLI requires', () => {
    const [usage] = extract('x.sh', 'docker image ls --tree\ndocker run --gpus all img') as CliRequestUsage[];
    expect(usage?.cli).toEqual({
      command: 'image ls',
      flags: [{ flag: '--tree', line: 1, column: 17, requires: '1.47', mapped: false }],
    });
  });

  test('a group’s annotation applies to its subcommands', () => {
    const [usage] = extract('x.sh', 'docker network ls') as CliRequestUsage[];
    expect(usage?.cli.requires).toBe('1.21');
  });
});

describe('scans stay linear in the file size', () => {
  test.each([
    ['unclosed expansions', 'x.sh', 'docker run $( "'.repeat(40_000)],
    ['unclosed quotes and continuations', 'x.sh', "docker run --gpus '\\\n".repeat(40_000)],
    ['argument lists that never close', 'x.py', '["docker", f(('.repeat(40_000)],
    ['nested CI keys', 'ci.yml', 'run:\n  - script:\n'.repeat(20_000)],
    ['code fences that never close', 'README.md', '```sh\n$ docker ps\n'.repeat(20_000)],
  ])('%s', (_, path, text) => {
    const started = performance.now();
    extract(path, text);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('findings of a command line', () => {
  test('a mapped flag names itself and its element; an annotation-only flag is reported as the CLI refuses it', async () => {
    const { extractFile } = await import('../../../src/lint/extract.ts');
    const { applyRules } = await import('../../../src/lint/rules/index.ts');
    const { cachedResolve } = await import('../../../src/lint/resolve-usage.ts');
    const { formatMessage } = await import('../../../src/lint/messages.ts');
    const text = 'docker run --gpus all alpine nvidia-smi\ndocker image ls --tree\n';
    const findings = applyRules(extractFile({ path: 'gpu.sh', text }), cachedResolve(), {
      api: '1.39',
      from: '--docker 18.09',
    });
    expect(findings.map((f) => [f.line, f.column, f.element, f.requires, f.written])).toEqual([
      [1, 12, 'POST /containers/create body:HostConfig.DeviceRequests', '1.40', '--gpus'],
      [2, 17, 'docker image ls --tree', '1.47', undefined],
    ]);
    expect(formatMessage(findings[0] as (typeof findings)[number])).toMatch(
      /^`--gpus` \(`POST \/containers\/create body:HostConfig\.DeviceRequests`\) requires API 1\.40/,
    );
    // A target that serves both: nothing.
    expect(
      applyRules(extractFile({ path: 'gpu.sh', text }), cachedResolve(), {
        api: '1.47',
        from: '--target 1.47',
      }),
    ).toEqual([]);
  });
});
