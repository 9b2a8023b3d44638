import { describe, expect, test } from 'vitest';
import { elementLines, extractGo, go, pins, requests } from './extract-helper.ts';

describe('go-sdk: requests and their elements', () => {
  test('struct literals inline and in variables completed field by field, each element at its key', () => {
    const usages = extractGo(go`
package main

import (
	"context"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/docker/client"
)

func run(ctx context.Context, cli *client.Client, private bool) error {
	hc := &container.HostConfig{
		Mounts: []mount.Mount{{
			Type:   mount.TypeBind,
			Source: "/data",
		}},
		Resources: container.Resources{NanoCPUs: 500000000},
	}
	if private {
		hc.CgroupnsMode = container.CgroupnsModePrivate
	}
	_, err := cli.ContainerCreate(ctx, &container.Config{
		Image: "alpine",
	}, hc, nil, nil, "job")
	return err
}
`);
    const [create] = requests(usages);
    expect(create).toMatchObject({
      extractor: 'go-sdk',
      operation: 'POST /containers/create',
      method: 'POST',
      path: '/containers/create',
      line: 22,
      via: 'method',
      anchored: true,
    });
    expect(elementLines(create)).toEqual([
      '13 body:HostConfig.Mounts',
      '14 body:HostConfig.Mounts[].Type=bind',
      '15 body:HostConfig.Mounts[].Source=/data',
      '17 body:HostConfig.NanoCpus=500000000',
      '20 body:HostConfig.CgroupnsMode=private',
      '23 body:Image=alpine',
      '24 body:HostConfig',
      '24 query:name=job',
    ]);
    const mode = create?.elements.find((element) => element.name === 'HostConfig.CgroupnsMode');
    expect(mode).toMatchObject({ at: { line: 20, column: 6 }, valueAt: { line: 20, column: 21 } });
  });

  test('v28 option structs: query parameters from fields, zero values not sent, a positional platform', () => {
    const usages = extractGo(go`
package main

import (
	"context"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"
	ocispec "github.com/opencontainers/image-spec/specs-go/v1"
)

func list(ctx context.Context, cli client.APIClient, p *ocispec.Platform) {
	opts := container.ListOptions{All: true, Size: false}
	opts.Limit = 5
	cli.ContainerList(ctx, opts)
	cli.ContainerCreate(ctx, &container.Config{Image: "x"}, nil, nil, p, "")
	cli.ContainerStop(ctx, "web", container.StopOptions{Signal: "SIGTERM"})
}
`);
    const [list, create, stop] = requests(usages);
    expect(list?.operation).toBe('GET /containers/json');
    expect(elementLines(list)).toEqual(['12 query:all=true', '13 query:limit=5']);
    expect(elementLines(create)).toEqual(['15 body:Image=x', '15 query:platform']);
    expect(create?.elements.find((element) => element.in === 'query')?.at).toEqual({ line: 15, column: 68 });
    expect(stop?.operation).toBe('POST /containers/{id}/stop');
    expect(elementLines(stop)).toEqual(['16 query:signal=SIGTERM']);
  });

  test('moby/moby/client (main): one options struct, functional options', () => {
    const usages = extractGo(go`
package main

import (
	"context"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"
)

func run(ctx context.Context) {
	c, _ := client.New(client.FromEnv)
	opts := client.ContainerCreateOptions{
		Config: &container.Config{Image: "nginx"},
		Name:   "web",
	}
	opts.HostConfig = &container.HostConfig{CgroupnsMode: "host"}
	c.ContainerCreate(ctx, opts)
	c.ImageInspect(ctx, "nginx", client.ImageInspectWithManifests(true))
}
`);
    expect(pins(usages)).toEqual([]); // main negotiates unless told otherwise
    const [create, inspect] = requests(usages);
    expect(elementLines(create)).toEqual([
      '13 body:Image=nginx',
      '14 query:name=web',
      '16 body:HostConfig',
      '16 body:HostConfig.CgroupnsMode=host',
    ]);
    expect(inspect?.operation).toBe('GET /images/{name}/json');
    expect(elementLines(inspect)).toEqual(['18 query:manifests=true']);
  });

  test('v24 signatures are picked by the option types the file names', () => {
    const usages = extractGo(go`
package main

import (
	"context"

	"github.com/docker/docker/api/types"
	"github.com/docker/docker/client"
)

func pull(ctx context.Context, cli *client.Client) {
	cli.ImagePull(ctx, "alpine:3", types.ImagePullOptions{Platform: "linux/arm64"})
	cli.ContainerList(ctx, types.ContainerListOptions{All: true})
}
`);
    const [pull, list] = requests(usages);
    expect(elementLines(pull)).toEqual([
      '11 query:fromImage=alpine:3',
      '11 query:tag=alpine:3',
      '11 query:platform=linux/arm64',
    ]);
    expect(list?.operation).toBe('GET /containers/json');
  });

  test('receivers: struct fields, wrappers embedding the client, interfaces, constructors in a sibling file', () => {
    const sibling = {
      path: 'pkg/client.go',
      text: go`
package pkg

import "github.com/docker/docker/client"

type Engine struct{ api client.CommonAPIClient }

func newDocker() (*client.Client, error) {
	return client.NewClientWithOpts(client.FromEnv, client.WithVersion("1.44"))
}
`,
    };
    const usages = extractGo(
      go`
package pkg

import (
	"context"

	"github.com/docker/docker/api/types/container"
)

type Wrapper struct{ *Engine }

func (e *Engine) start(ctx context.Context, id string) {
	e.api.ContainerStart(ctx, id, container.StartOptions{CheckpointID: "c1"})
	d, _ := newDocker()
	d.ContainerKill(ctx, id, "SIGKILL")
}

type notDocker struct{}

func (n notDocker) ContainerKill(ctx context.Context, id, signal string) {}

func other(ctx context.Context, n notDocker) { n.ContainerKill(ctx, "x", "y") }
`,
      [sibling],
    );
    const found = requests(usages).map((usage) => `${usage.line} ${usage.operation}`);
    expect(found).toEqual(['12 POST /containers/{id}/start', '14 POST /containers/{id}/kill']);
    expect(elementLines(requests(usages)[1])).toEqual(['14 query:signal=SIGKILL']);
    // The sibling's constructor function pins the client it returns.
    expect(requests(usages)[1]?.pin).toBe('1.44');
    expect(pins(usages)).toEqual([]); // the pin is written in the sibling, reported there
  });

  test('a variable declared outside the closure that sends the request', () => {
    const usages = extractGo(go`
package main_test

import (
	"context"
	"testing"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"
)

func TestRun(t *testing.T) {
	cli, _ := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	hc := &container.HostConfig{}
	hc.CgroupnsMode = container.CgroupnsModePrivate
	t.Run("create", func(t *testing.T) {
		cli.ContainerCreate(context.Background(), &container.Config{Image: "alpine"}, hc, nil, nil, "")
	})
}
`);
    expect(elementLines(requests(usages)[0])).toEqual([
      '14 body:HostConfig.CgroupnsMode=private',
      '16 body:Image=alpine',
      '16 body:HostConfig',
    ]);
  });

  test('a package-level variable of the file', () => {
    const usages = extractGo(go`
package main

import (
	"context"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"
)

var defaultHost = &container.HostConfig{
	CgroupnsMode: container.CgroupnsModeHost,
}

func run(ctx context.Context, cli *client.Client) {
	cli.ContainerCreate(ctx, &container.Config{Image: "x"}, defaultHost, nil, nil, "")
}
`);
    expect(elementLines(requests(usages)[0])).toEqual([
      '11 body:HostConfig.CgroupnsMode=host',
      '15 body:Image=x',
      '15 body:HostConfig',
    ]);
  });

  test('options passed through a helper parameter are found at the caller', () => {
    const usages = extractGo(go`
package main

import (
	"context"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"
)

func create(ctx context.Context, cli *client.Client, hc *container.HostConfig) {
	cli.ContainerCreate(ctx, &container.Config{}, hc, nil, nil, "")
}

func main() {
	create(context.Background(), nil, &container.HostConfig{
		CgroupnsMode: container.CgroupnsModeHost,
	})
}
`);
    expect(elementLines(requests(usages)[0])).toEqual([
      '11 body:HostConfig',
      '16 body:HostConfig.CgroupnsMode=host',
    ]);
  });
  test('a package interface of client methods, bodies with embedded structs, deprecated constant aliases', () => {
    const usages = extractGo(go`
package deploy

import (
	"context"
	"io"

	"github.com/docker/docker/api/types"
	"github.com/docker/docker/api/types/swarm"
	"github.com/docker/docker/client"
)

type engine interface {
	ServiceCreate(ctx context.Context, service swarm.ServiceSpec, options types.ServiceCreateOptions) (swarm.ServiceCreateResponse, error)
	ImageBuild(ctx context.Context, context io.Reader, options types.ImageBuildOptions) (types.ImageBuildResponse, error)
}

var _ engine = (*client.Client)(nil)

func deploy(ctx context.Context, e engine, tar io.Reader) {
	e.ServiceCreate(ctx, swarm.ServiceSpec{
		Annotations: swarm.Annotations{Name: "web"},
		TaskTemplate: swarm.TaskSpec{ContainerSpec: &swarm.ContainerSpec{Image: "nginx"}},
	}, types.ServiceCreateOptions{})
	e.ImageBuild(ctx, tar, types.ImageBuildOptions{Version: types.BuilderBuildKit})
}
`);
    const [service, build] = requests(usages);
    expect(service?.operation).toBe('POST /services/create');
    expect(elementLines(service)).toEqual([
      '21 body:Name=web',
      '22 body:TaskTemplate',
      '22 body:TaskTemplate.ContainerSpec',
      '22 body:TaskTemplate.ContainerSpec.Image=nginx',
    ]);
    expect(elementLines(build)).toEqual(['24 query:version=2']);
  });
});

describe('go-sdk: types from outside the client module', () => {
  test('nat.PortMap and units.Ulimit: the element data names the keys below them', () => {
    const usages = extractGo(go`
package main

import (
	"context"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"
	"github.com/docker/go-connections/nat"
	"github.com/docker/go-units"
)

func run(ctx context.Context, cli *client.Client) {
	cli.ContainerCreate(ctx, &container.Config{Image: "nginx"}, &container.HostConfig{
		PortBindings: nat.PortMap{"80/tcp": []nat.PortBinding{{HostIP: "127.0.0.1"}}},
		Resources:    container.Resources{Ulimits: []*units.Ulimit{{Name: "nofile", Bogus: 1}}},
	}, nil, nil, "")
}
`);
    expect(elementLines(requests(usages)[0])).toEqual([
      '13 body:Image=nginx',
      '13 body:HostConfig',
      '14 body:HostConfig.PortBindings',
      '14 body:HostConfig.PortBindings.80/tcp[].HostIp=127.0.0.1',
      '15 body:HostConfig.Ulimits',
      '15 body:HostConfig.Ulimits[].Name=nofile',
    ]);
  });
});

describe('go-sdk: guards', () => {
  test.each([
    ['if versions.GreaterThanOrEqualTo(cli.ClientVersion(), "1.41") {', '}', { atLeast: '1.41' }],
    ['if versions.LessThan(cli.ClientVersion(), "1.41") {', '}', { below: '1.41' }],
    ['if !versions.LessThan(sv.APIVersion, "1.41") {', '}', { atLeast: '1.41' }],
    ['if versions.LessThan(sv.APIVersion, "1.41") {\n\t\treturn\n\t}\n\t{', '}', { atLeast: '1.41' }],
    ['if sv.APIVersion >= "1.41" {', '}', { atLeast: '1.41' }],
    ['if len(sv.APIVersion) > 0 {', '}', undefined],
    ['if v, _ := strconv.ParseFloat(sv.APIVersion, 64); v >= 1.41 {', '}', undefined],
    ['if apiVer >= 1.41 {', '}', { atLeast: '1.41' }],
  ])('%s', (open, close, range) => {
    const text = go`
package main

import (
	"context"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/versions"
	"github.com/docker/docker/client"
)

func run(ctx context.Context, cli *client.Client) {
	sv, _ := cli.ServerVersion(ctx)
	OPEN
		cli.ContainerCreate(ctx, &container.Config{}, &container.HostConfig{CgroupnsMode: "private"}, nil, nil, "")
	CLOSE
}
`
      .replace('OPEN', open)
      .replace('CLOSE', close);
    const create = requests(extractGo(text)).find((usage) => usage.operation === 'POST /containers/create');
    if (range === undefined) expect(create?.guard).toBeUndefined();
    else {
      expect(create?.guard).toMatchObject(range);
      expect(create?.guard?.checks[0]).toMatchObject({ line: 13, bound: '1.41' });
    }
  });
});

describe('go-sdk: pins', () => {
  test('WithVersion pins; a client with neither pin nor negotiation speaks the default', () => {
    const usages = extractGo(go`
package main

import "github.com/docker/docker/client"

func clients(version string) {
	pinned, _ := client.NewClientWithOpts(client.FromEnv, client.WithVersion("1.41"))
	plain, _ := client.NewClientWithOpts(client.FromEnv)
	negotiated, _ := client.NewClientWithOpts(client.WithAPIVersionNegotiation())
	fromVariable, _ := client.NewClientWithOpts(client.WithVersion(version))
	pinned.Ping(nil)
	_, _, _ = plain, negotiated, fromVariable
}
`);
    expect(pins(usages).map((pin) => [pin.line, pin.pin, pin.defaultOf])).toEqual([
      [6, '1.41', undefined],
      [7, '1.51', 'github.com/docker/docker/client v28.5.2'],
    ]);
    expect(requests(usages)[0]).toMatchObject({ operation: 'GET /_ping', pin: '1.41' });
  });

  test('a version in a constant of the file pins at the constant', () => {
    const usages = extractGo(go`
package main

import "github.com/docker/docker/client"

const apiVersion = "1.41"

func main() {
	cli, _ := client.NewClientWithOpts(client.FromEnv, client.WithVersion(apiVersion))
	cli.Ping(nil)
}
`);
    expect(pins(usages).map((pin) => [pin.line, pin.pin])).toEqual([[5, '1.41']]);
    expect(requests(usages)[0]?.pin).toBe('1.41');
  });

  test('DOCKER_API_VERSION set by the program pins the clients it builds from the environment', () => {
    const usages = extractGo(go`
package main

import (
	"os"

	"github.com/docker/docker/client"
)

func main() {
	os.Setenv("DOCKER_API_VERSION", "1.40")
	cli, _ := client.NewClientWithOpts(client.FromEnv)
	_ = cli
}
`);
    expect(pins(usages).map((pin) => [pin.line, pin.pin, pin.defaultOf])).toEqual([[10, '1.40', undefined]]);
  });

  test('the default version follows the go.mod beside the file', () => {
    const goMod = {
      path: 'pkg/go.mod',
      text: 'module x\n\nrequire (\n\tgithub.com/docker/docker v27.1.0+incompatible\n)\n',
    };
    const usages = extractGo(
      'package main\n\nimport "github.com/docker/docker/client"\n\nfunc f() { client.NewEnvClient() }\n',
      [goMod],
    );
    expect(pins(usages)).toMatchObject([
      { line: 5, pin: '1.46', defaultOf: 'github.com/docker/docker/client v27.1.0' },
    ]);
  });
});

describe('go-sdk: negatives', () => {
  test.each([
    [
      'containerd',
      'package main\n\nimport containerd "github.com/containerd/containerd/v2/client"\n\nfunc f() {\n\tc, _ := containerd.New("/run/containerd/containerd.sock")\n\tc.Pull(nil, "docker.io/library/alpine:latest")\n}\n',
    ],
    [
      'an unrelated HostConfig',
      'package main\n\nimport "github.com/docker/docker/api/types/container"\n\ntype HostConfig struct{ CgroupnsMode string }\n\nfunc f() { _ = HostConfig{CgroupnsMode: "private"}; _ = container.Config{} }\n',
    ],
    [
      'podman bindings',
      'package main\n\nimport "github.com/containers/podman/v5/pkg/bindings/containers"\n\nfunc f() { containers.Start(nil, "x", nil) }\n',
    ],
  ])('%s', (_name, text) => {
    expect(extractGo(text)).toEqual([]);
  });
});
