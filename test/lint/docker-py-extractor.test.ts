import { describe, expect, test } from 'vitest';
import { DockerContext } from '../../src/lint/context/docker-context.ts';
import { dockerPyExtractor } from '../../src/lint/extractors/docker-py/index.ts';
import { extractors } from '../../src/lint/extractors/index.ts';
import { treeOf } from '../../src/lint/parse/service.ts';
import { LineIndex } from '../../src/lint/text/line-index.ts';
import type { PinUsage, RequestUsage, Usage } from '../../src/lint/usage.ts';

function extract(text: string, path = 'app/service.py'): Usage[] {
  const file = { path, text };
  return dockerPyExtractor.extract({
    file,
    lines: new LineIndex(text),
    tree: (language) => treeOf(file, language),
  });
}

const requests = (usages: Usage[]) => usages.filter((u): u is RequestUsage => u.kind === 'request');
const pins = (usages: Usage[]) =>
  usages.filter((u): u is PinUsage => u.kind === 'pin').map((p) => [p.pin, p.line]);
/** `line key` of every element of the request for `operation` (first one). */
function elementsOf(usages: Usage[], operation: string): string[] {
  const request = requests(usages).find((r) => r.operation === operation);
  return (request?.elements ?? []).map(
    (e) => `${e.at.line} ${e.in}:${e.name}${e.value === undefined ? '' : `=${e.value}@${e.valueAt?.line}`}`,
  );
}
const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('docker-py extractor', () => {
  test('is registered, reads Python and names its Docker-context signals', () => {
    expect(extractors.get('docker-py')).toBe(dockerPyExtractor);
    expect(dockerPyExtractor.files.extensions).toEqual(['py', 'pyi']);
    const signals = new DockerContext([dockerPyExtractor.context ?? {}]);
    expect(signals.hasSignal('import docker\n')).toBe(true);
    expect(signals.hasSignal('x = 1\n    import docker\n')).toBe(true);
    expect(signals.hasSignal('from docker.types import Mount\n')).toBe(true);
    expect(signals.hasSignal('import dockerfile_parse\n')).toBe(false);
    expect(signals.hasSignal('x = "import docker"\n')).toBe(false);
  });

  test('client.containers.run: each keyword at its own line, types and dicts inside, literal values', () => {
    const usages = extract(
      lines(
        'import docker',
        'from docker.types import DeviceRequest, Mount',
        '',
        'client = docker.from_env()',
        'container = client.containers.run(',
        '    "nvidia/cuda",',
        '    cgroupns="private",',
        '    device_requests=[DeviceRequest(count=-1, capabilities=[["gpu"]])],',
        '    mounts=[Mount(target="/data", source="cache", type="volume")],',
        '    restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},',
        '    labels={"team": "ml"},',
        '    detach=True,',
        ')',
      ),
    );
    const create = requests(usages).find((r) => r.operation === 'POST /containers/create');
    expect(create).toMatchObject({
      line: 5,
      column: 31,
      via: 'method',
      anchored: true,
      method: 'POST',
      path: '/containers/create',
    });
    expect(elementsOf(usages, 'POST /containers/create')).toEqual([
      '6 body:Image=nvidia/cuda@6',
      '7 body:HostConfig.CgroupnsMode=private@7',
      '7 body:HostConfig',
      '8 body:HostConfig.DeviceRequests',
      '8 body:HostConfig',
      '8 body:HostConfig.DeviceRequests[].Count=-1@8',
      '8 body:HostConfig.DeviceRequests[].Capabilities',
      '9 body:HostConfig.Mounts',
      '9 body:HostConfig',
      '9 body:HostConfig.Mounts[].Target=/data@9',
      '9 body:HostConfig.Mounts[].Source=cache@9',
      '9 body:HostConfig.Mounts[].Type=volume@9',
      '10 body:HostConfig.RestartPolicy',
      '10 body:HostConfig',
      '10 body:HostConfig.RestartPolicy.Name=on-failure@10',
      '10 body:HostConfig.RestartPolicy.MaximumRetryCount=3@10',
      '11 body:Labels',
    ]);
    // One request per call, the one its name says: run is the create.
    expect(requests(usages).map((r) => r.operation)).toEqual(['POST /containers/create']);
  });

  test('pins: version= on every client constructor and DOCKER_API_VERSION; "auto" and none do not pin', () => {
    const usages = extract(
      lines(
        'import os',
        'import docker',
        'API = "1.41"',
        'a = docker.from_env(version=API)',
        'b = docker.DockerClient(base_url="unix://var/run/docker.sock", version="1.43")',
        'c = docker.APIClient(version="auto")',
        'd = docker.from_env()',
        'os.environ["DOCKER_API_VERSION"] = "1.40"',
        'a.ping()',
        'c.ping()',
      ),
    );
    expect(pins(usages)).toEqual([
      ['1.41', 3],
      ['1.43', 5],
      ['1.40', 8],
    ]);
    const ping = requests(usages).filter((r) => r.operation === 'GET /_ping');
    expect(ping.map((r) => [r.line, r.pin])).toEqual([
      [9, '1.41'],
      [10, undefined],
    ]);
  });

  test('receivers stored on self, passed as arguments, returned by factories, fixtures and model objects', () => {
    const usages = extract(
      lines(
        'import docker',
        'import pytest',
        '',
        'def make_client():',
        '    return docker.DockerClient.from_env()',
        '',
        'class Deployer:',
        '    def __init__(self):',
        '        self.client = make_client()',
        '    def deploy(self):',
        '        self.client.networks.create("backend", driver="bridge", attachable=True)',
        '',
        'def cleanup(api):',
        '    api.prune_volumes(filters={"label": "ci"})',
        '',
        'cleanup(make_client().api)',
        '',
        '@pytest.fixture',
        'def docker_client():',
        '    client = docker.from_env()',
        '    yield client',
        '',
        'def test_logs(docker_client):',
        '    container = docker_client.containers.get("web")',
        '    container.logs(timestamps=True)',
        '    for c in docker_client.containers.list(all=True):',
        '        c.wait(condition="next-exit")',
      ),
    );
    expect(requests(usages).map((r) => `${r.line} ${r.operation}`)).toEqual([
      '11 POST /networks/create',
      '14 POST /volumes/prune',
      '24 GET /containers/{id}/json',
      '25 GET /containers/{id}/logs',
      '26 GET /containers/json',
      '27 POST /containers/{id}/wait',
    ]);
    expect(elementsOf(usages, 'POST /networks/create')).toEqual([
      '11 body:Name=backend@11',
      '11 body:Driver=bridge@11',
      '11 body:Attachable=true@11',
    ]);
    expect(elementsOf(usages, 'POST /containers/{id}/wait')).toEqual(['27 query:condition=next-exit@27']);
  });

  test('a fixture from the conftest.py beside the test', () => {
    const conftest = {
      path: 'tests/conftest.py',
      text: lines(
        'import docker, pytest',
        '@pytest.fixture',
        'def docker_client():',
        '    return docker.from_env(version="1.44")',
      ),
    };
    const text = lines(
      'def test_prune(docker_client):',
      '    docker_client.containers.prune(filters={"label": "ci"})',
    );
    const file = { path: 'tests/test_prune.py', text };
    const usages = dockerPyExtractor.extract({
      file,
      lines: new LineIndex(text),
      tree: (language) => treeOf(file, language),
      siblings: () => [conftest],
    });
    expect(requests(usages).map((r) => [r.line, r.operation, r.pin])).toEqual([
      [2, 'POST /containers/prune', '1.44'],
    ]);
  });

  test('**kwargs dicts built earlier and merged, and wrappers that pass **kwargs on', () => {
    const usages = extract(
      lines(
        'import docker',
        'from docker.types import DeviceRequest',
        'client = docker.from_env()',
        'base = {"mem_limit": "2g", "network_mode": "host"}',
        'gpu = {**base, "device_requests": [DeviceRequest(count=1)]}',
        'gpu.update(cgroupns="host")',
        'gpu["shm_size"] = "1g"',
        '',
        'def start(image, **kwargs):',
        '    return client.containers.create(image, **kwargs)',
        '',
        'start("trainer", platform="linux/amd64", **gpu)',
      ),
    );
    expect(requests(usages)).toHaveLength(1);
    expect(elementsOf(usages, 'POST /containers/create')).toEqual([
      '4 body:HostConfig.Memory=2g@4',
      '4 body:HostConfig',
      '4 body:HostConfig.NetworkMode=host@4',
      '5 body:HostConfig.DeviceRequests',
      '5 body:HostConfig',
      '5 body:HostConfig.DeviceRequests[].Count=1@5',
      '6 body:HostConfig.CgroupnsMode=host@6',
      '6 body:HostConfig',
      '7 body:HostConfig.ShmSize=1g@7',
      '7 body:HostConfig',
      '10 body:Image',
      '12 query:platform=linux/amd64@12',
    ]);
  });

  test('the low-level API: positional arguments, create_host_config and types in their place', () => {
    const usages = extract(
      lines(
        'from docker import APIClient',
        'from docker.types import Healthcheck',
        'api = APIClient()',
        'hc = api.create_host_config(mem_limit="1g", init=True)',
        'api.create_container(',
        '    "busybox", ["sleep", "60"],',
        '    host_config=hc,',
        '    healthcheck=Healthcheck(test="true", start_period=5_000_000_000),',
        ')',
      ),
    );
    expect(elementsOf(usages, 'POST /containers/create')).toEqual([
      '4 body:HostConfig.Memory=1g@4',
      '4 body:HostConfig.Init=true@4',
      '6 body:Image=busybox@6',
      '6 body:Cmd',
      '7 body:HostConfig',
      '8 body:Healthcheck',
      '8 body:Healthcheck.Test=true@8',
      '8 body:Healthcheck.StartPeriod=5000000000@8',
    ]);
  });

  test('version guards: docker-py helpers, string comparisons (unsound), tuples and else branches', () => {
    const usages = extract(
      lines(
        'import docker',
        'from docker.utils import version_gte',
        'client = docker.from_env()',
        'if version_gte(client.api._version, "1.41"):',
        '    client.containers.run("a", cgroupns="private", detach=True)',
        'api_version = client.version()["ApiVersion"]',
        'if api_version >= "1.40":',
        '    client.images.pull("alpine", platform="linux/arm64")',
        'if tuple(map(int, api_version.split("."))) < (1, 44):',
        '    client.volumes.create("old")',
        'else:',
        '    client.volumes.create("new", driver_opts={"type": "tmpfs"})',
      ),
    );
    const guarded = requests(usages)
      .filter((r) => r.guard)
      .map((r) => [
        r.line,
        r.operation,
        r.guard?.atLeast,
        r.guard?.below,
        r.guard?.checks.map((c) => c.compare),
      ]);
    expect(guarded).toEqual([
      [5, 'POST /containers/create', '1.41', undefined, ['version']],
      [8, 'POST /images/create', '1.40', undefined, ['string']],
      [10, 'POST /volumes/create', undefined, '1.44', ['version']],
      [12, 'POST /volumes/create', '1.44', undefined, ['version']],
    ]);
  });

  test('services: keys named by a value (ServiceMode), types in lists, keywords a class keeps for later', () => {
    const usages = extract(
      lines(
        'import docker',
        'from docker.types import ServiceMode, SecretReference',
        'client = docker.from_env()',
        'client.services.create(',
        '    "nginx",',
        '    mode=ServiceMode("replicated", replicas=3),',
        '    secrets=[SecretReference("id", "db")],',
        ')',
        'class Box:',
        '    def __init__(self, image, **kwargs):',
        '        self._client = docker.from_env()',
        '        self._kwargs = kwargs',
        '    def start(self):',
        '        return self._client.containers.run("x", detach=True, **self._kwargs)',
        'Box("x", ports={"80/tcp": 8080}).start()',
      ),
    );
    expect(elementsOf(usages, 'POST /services/create')).toEqual([
      '5 body:TaskTemplate.ContainerSpec.Image=nginx@5',
      '5 body:TaskTemplate',
      '5 body:TaskTemplate.ContainerSpec',
      '6 body:Mode',
      '6 body:Mode.Replicated',
      '6 body:Mode.Replicated.Replicas=3@6',
      '7 body:TaskTemplate.ContainerSpec.Secrets',
      '7 body:TaskTemplate',
      '7 body:TaskTemplate.ContainerSpec',
      '7 body:TaskTemplate.ContainerSpec.Secrets[].SecretID=id@7',
      '7 body:TaskTemplate.ContainerSpec.Secrets[].File.Name=db@7',
      '7 body:TaskTemplate.ContainerSpec.Secrets[].File',
      '7 body:TaskTemplate.ContainerSpec.Secrets[].SecretName=db@7',
    ]);
    expect(elementsOf(usages, 'POST /containers/create')).toEqual([
      '14 body:Image=x@14',
      '15 body:ExposedPorts',
      '15 body:HostConfig.PortBindings',
      '15 body:HostConfig',
    ]);
  });

  test('guards through a helper function, an early raise and a parsed version', () => {
    const usages = extract(
      lines(
        'import docker',
        'from docker.utils import version_gte',
        'from packaging.version import Version',
        'client = docker.from_env()',
        'def supports_cgroupns(c):',
        '    return version_gte(c.api._version, "1.41")',
        'def run(image):',
        '    if supports_cgroupns(client):',
        '        client.volumes.create("a")',
        '    if float(client.api.api_version) < 1.40:',
        '        raise RuntimeError("too old")',
        '    client.volumes.create("b")',
        '    if Version(client.api.api_version) >= Version("1.44"):',
        '        client.volumes.create("c")',
      ),
    );
    expect(
      requests(usages).map((r) => [
        r.line,
        r.guard?.atLeast,
        r.guard?.below,
        r.guard?.checks.map((c) => `${c.line} ${c.op} ${c.compare}`),
      ]),
    ).toEqual([
      [9, '1.41', undefined, ['8 >= version']],
      [12, '1.40', undefined, ['10 < number']],
      [14, '1.44', undefined, ['13 >= version', '10 < number']],
    ]);
  });

  test.each([
    [
      'the Podman client',
      lines(
        'from podman import PodmanClient',
        'client = PodmanClient()',
        'client.containers.run("a", cgroupns="private")',
      ),
    ],
    [
      'an unrelated HostConfig class',
      lines('class HostConfig:', '    pass', 'cfg = HostConfig()', 'cfg.containers.run("x")'),
    ],
    [
      'a mocked client',
      lines(
        'import docker',
        'from unittest import mock',
        'client = mock.Mock()',
        'client.containers.run("x")',
      ),
    ],
  ])('%s yields nothing', (_name, text) => {
    expect(extract(text)).toEqual([]);
  });
});
