import { describe, expect, test } from 'vitest';
import { DockerContext } from '../../src/lint/context/docker-context.ts';
import { extractFile } from '../../src/lint/extract.ts';
import { extractors } from '../../src/lint/extractors/index.ts';
import { namesOf } from '../helpers/usage-names.ts';

/** The request usages of a snippet as compact rows: [method, path, pin, query, body]. */
function requests(text: string, file = 'snippet.txt') {
  return extractFile({ path: file, text }).flatMap((u) =>
    u.kind === 'request'
      ? [[u.method ?? null, u.path, u.pin ?? null, namesOf(u, 'query'), namesOf(u, 'body')]]
      : [],
  );
}

describe('raw paths', () => {
  test.each([
    [
      'template literal',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
      'fetch(`http://localhost/v1.41/containers/${id}/json`)',
      [null, '/containers/{}/json', '1.41', [], []],
    ],
    [
      'printf verb',
      'fmt.Sprintf("/v1.41/containers/%s/start", id) // http.MethodPost',
      ['POST', '/containers/{}/start', '1.41', [], []],
    ],
    [
      'python format',
      'self.post("/v1.40/containers/{}/restart?t={}".format(cid, t))',
      ['POST', '/containers/{}/restart', '1.40', ['t'], []],
    ],
    [
      'python f-string',
      'requests.post(f"http://docker/v1.41/containers/{cid}/kill?signal=KILL")',
      ['POST', '/containers/{}/kill', '1.41', ['signal'], []],
    ],
    [
      'positional format',
      'String.format("http://localhost:2375/v1.41/containers/{0}/top", id)',
      [null, '/containers/{}/top', '1.41', [], []],
    ],
    [
      'concatenation',
      'c.get("http://localhost/v1.41/containers/" + id + "/logs?stdout=1")',
      ['GET', '/containers/{}/logs', '1.41', ['stdout'], []],
    ],
    [
      'shell variable',
      'URL="http://localhost/v1.41/containers/$CID/wait"',
      [null, '/containers/{}/wait', '1.41', [], []],
    ],
    [
      'unix socket url',
      '"unix:///var/run/docker.sock/v1.44/images/json?all=1"',
      [null, '/images/json', '1.44', ['all'], []],
    ],
    [
      'encoded socket',
      '"http+unix://%2Fvar%2Frun%2Fdocker.sock/v1.41/info"',
      [null, '/info', '1.41', [], []],
    ],
    [
      'image reference',
      '"http://docker:2375/v1.41/images/library/alpine:3.19/json"',
      [null, '/images/{}/json', '1.41', [], []],
    ],
    [
      'http method word',
      '`POST /v1.41/containers/create?name=x`',
      ['POST', '/containers/create', '1.41', ['name'], []],
    ],
    [
      'method option after',
      "fetch('http://localhost/v1.41/containers/x/pause', {\n  method: 'POST',\n})",
      ['POST', '/containers/{}/pause', '1.41', [], []],
    ],
    [
      'params object',
      "docker.get('http://localhost/v1.41/images/json', { params: { all: 1, digests: true } })",
      ['GET', '/images/json', '1.41', ['all', 'digests'], []],
    ],
    [
      'body object as the next argument',
      "call('POST', '/v1.41/containers/create', {\n  Image: 'alpine',\n  HostConfig: { CgroupnsMode: 'private' },\n});",
      ['POST', '/containers/create', '1.41', [], ['HostConfig', 'HostConfig.CgroupnsMode', 'Image']],
    ],
    [
      'JSON.stringify body in fetch options',
      "fetch('http://localhost/v1.41/volumes/create', { method: 'POST', body: JSON.stringify({ Name: 'v', Driver: 'local' }) })",
      ['POST', '/volumes/create', '1.41', [], ['Driver', 'Name']],
    ],
    [
      'python json= body',
      'requests.post(f"{DOCKER}/v1.41/networks/create", json={"Name": "n", "Internal": True})',
      ['POST', '/networks/create', '1.41', [], ['Internal', 'Name']],
    ],
    [
      'options object is not a body',
      "fetch('http://localhost/v1.41/containers/x/pause', { method: 'POST', headers: {} })",
      ['POST', '/containers/{}/pause', '1.41', [], []],
    ],
    [
      'dynamic version prefix',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
      'fetch(`http://localhost/v${api}/containers/json`)',
      [null, '/containers/json', null, [], []],
    ],
  ])('%s', (_name, text, expected) => {
    expect(requests(text)).toEqual([expected]);
  });

  test.each([
    ['longer path', "app.get('/api/containers/json')"],
    ['foreign host', "fetch('https://example.com/v1.41/containers/json')"],
    ['other port on localhost', "fetch('http://localhost:8080/v1.41/info')"],
    ['static file', "img.src = '/images/logo.png'"],
    ['not an Engine path', "fetch('http://localhost/v1.41/containers/x/y/z')"],
    ['generic path without Docker context', "app.get('/info', handler); app.get('/version', handler)"],
    ['one specific path without context', "router.get('/containers/json', list)"],
  ])('nothing from %s', (_name, text) => {
    expect(requests(text)).toEqual([]);
  });

  test.each([
    ['a Docker socket', "const s = '/var/run/docker.sock';\nget('/info')"],
    ['DOCKER_HOST', 'host = os.environ["DOCKER_HOST"]\nget("/info")'],
    ['a Docker SDK import', "import Docker from 'dockerode';\nget('/info')"],
    ['two Engine-specific paths', "get('/containers/json');\nget('/images/json');\nget('/info')"],
    ['a versioned request', "get('/v1.41/_ping');\nget('/info')"],
  ])('unversioned paths count with Docker context: %s', (_name, text) => {
    expect(requests(text).map((row) => row[1])).toContain('/info');
  });
});

describe('command lines', () => {
  test.each([
    [
      'curl with continuations and JSON body',
      'curl -s --unix-socket /var/run/docker.sock \\\n  -X POST -H \'Content-Type: application/json\' \\\n  -d \'{"Image":"a","HostConfig":{"Mounts":[{"Type":"bind"}]}}\' \\\n  http://localhost/v1.41/containers/create',
      [
        'POST',
        '/containers/create',
        '1.41',
        [],
        ['HostConfig', 'HostConfig.Mounts', 'HostConfig.Mounts[].Type', 'Image'],
      ],
    ],
    [
      'curl data implies POST',
      'curl --unix-socket /var/run/docker.sock -d \'{"Name":"v"}\' http://localhost/volumes/create',
      ['POST', '/volumes/create', null, [], ['Name']],
    ],
    [
      'curl --json',
      'curl --unix-socket /var/run/docker.sock --json \'{"Name":"n"}\' http://localhost/v1.41/networks/create',
      ['POST', '/networks/create', '1.41', [], ['Name']],
    ],
    [
      'curl -G turns data into query',
      'curl -G --unix-socket /var/run/docker.sock -d all=1 -d size=1 http://localhost/containers/json',
      ['GET', '/containers/json', null, ['all', 'size'], []],
    ],
    [
      'curl -XDELETE',
      'curl -XDELETE --unix-socket /var/run/docker.sock "http://localhost/v1.41/containers/$ID?force=1"',
      ['DELETE', '/containers/{}', '1.41', ['force'], []],
    ],
    ['curl -I', 'curl -I http://docker:2375/_ping', ['HEAD', '/_ping', null, [], []]],
    [
      'wget post',
      'wget -qO- --post-data=\'{"Name":"x"}\' http://docker:2375/v1.41/volumes/create',
      ['POST', '/volumes/create', '1.41', [], ['Name']],
    ],
    [
      'wget method',
      'wget --method=DELETE http://docker:2375/v1.41/volumes/x',
      ['DELETE', '/volumes/{}', '1.41', [], []],
    ],
    [
      'httpie items',
      'http POST :2375/v1.41/networks/create Name=n Labels:=\'{"a":"b"}\' all==1',
      ['POST', '/networks/create', '1.41', ['all'], ['Labels', 'Labels.a', 'Name']],
    ],
    [
      'CRLF continuation',
      'curl -s --unix-socket /var/run/docker.sock \\\r\n  -X POST http://localhost/v1.42/images/prune\r\n',
      ['POST', '/images/prune', '1.42', [], []],
    ],
  ])('%s', (_name, text, expected) => {
    expect(requests(text)).toEqual([expected]);
  });
});

describe('pins', () => {
  test.each([
    ['export DOCKER_API_VERSION=1.40', '1.40'],
    ['ENV DOCKER_API_VERSION 1.41', '1.41'],
    ['  DOCKER_API_VERSION: "1.43"', '1.43'],
    ['      - DOCKER_API_VERSION=1.39', '1.39'],
    ['os.Setenv("DOCKER_API_VERSION", "1.41")', '1.41'],
    ["process.env.DOCKER_API_VERSION = 'v1.044'", '1.44'],
    ['cli, err := client.NewClientWithOpts(client.FromEnv, client.WithVersion("1.41"))', '1.41'],
    ['client = docker.DockerClient(base_url="unix://var/run/docker.sock", version="1.40")', '1.40'],
    ['api = docker.APIClient(version="auto", timeout=10)', null],
    ['DefaultDockerClientConfig.createDefaultConfigBuilder().withApiVersion("1.41")', '1.41'],
    ['.withApiVersion(RemoteApiVersion.VERSION_1_43)', '1.43'],
  ])('%s', (text, pin) => {
    const pins = extractFile({ path: 'x', text }).map((u) => [u.kind, u.kind === 'pin' ? u.pin : null]);
    expect(pins).toEqual(pin === null ? [] : [['pin', pin]]);
  });

  test('reading the variable is not a pin', () => {
    expect(extractFile({ path: 'x', text: 'echo "$DOCKER_API_VERSION"' })).toEqual([]);
  });
});

describe('Docker signals', () => {
  test.each([
    ['const s = "/var/run/docker.sock"', true],
    ['host := os.Getenv("DOCKER_HOST")', true],
    ["const Docker = require('dockerode')", true],
    ['import "github.com/moby/moby/client"', true],
    ['import docker\nclient = docker.from_env()', true],
    ['    from docker.types import Mount', true],
    ['x = "from docker import"', false],
    ['tcp://10.0.0.5:2376', true],
    ['use bollard::Docker;', true],
    ['is-docker checks /.dockerenv', false],
    ['port 23750', false],
  ])('%j → %s', (text, expected) => {
    expect(new DockerContext([...extractors.values()].flatMap((e) => e.context ?? [])).hasSignal(text)).toBe(
      expected,
    );
  });
});
