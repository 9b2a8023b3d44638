import { describe, expect, test } from 'vitest';
import { getElement } from '../../src/data/elements.ts';
import { effectiveSince } from '../../src/data/presence.ts';

// A second witness beside the specs: additions as the upstream API version
// history states them (api/docs/CHANGELOG.md in moby/moby). The mechanical
// check of all of them is test/effective/changelog-agreement.test.ts.
describe('since agrees with the upstream version history', () => {
  test.each([
    ['GET /networks/{id} query:verbose', '1.28'],
    ['POST /build query:extrahosts', '1.28'],
    ['POST /containers/create body:HostConfig.DeviceCgroupRules', '1.28'],
    ['GET /services/{id} query:insertDefaults', '1.29'],
    ['POST /containers/create body:Healthcheck.StartPeriod', '1.29'],
    ['POST /networks/create body:Ingress', '1.29'],
    ['GET /distribution/{name}/json', '1.30'],
    ['POST /containers/{id}/wait query:condition', '1.30'],
    ['POST /swarm/init body:DataPathAddr', '1.30'],
    ['GET /networks/{id} query:scope', '1.31'],
    ['GET /volumes response:Volumes[].CreatedAt', '1.31'],
    ['POST /secrets/create body:Driver', '1.31'],
    ['POST /images/create query:platform', '1.32'],
    ['POST /containers/{id}/wait response:Error', '1.34'],
    ['GET /containers/{id}/logs query:until', '1.35'],
    ['GET /version response:Components', '1.35'],
    ['GET /version response:Platform.Name', '1.35'],
    ['POST /containers/{id}/exec body:WorkingDir', '1.35'],
    ['POST /configs/create body:Templating', '1.37'],
    ['POST /secrets/create body:Templating', '1.37'],
    ['GET /tasks response:[].Spec.NetworkAttachmentSpec', '1.38'],
    ['GET /info response:Warnings', '1.39'],
    ['POST /swarm/init body:DefaultAddrPool', '1.39'],
    ['POST /swarm/init body:SubnetSize', '1.39'],
    ['GET /info response:PidsLimit', '1.40'],
    ['HEAD /_ping', '1.40'],
    ['POST /build query:outputs', '1.40'],
    ['POST /containers/create body:HostConfig.DeviceRequests', '1.40'],
    ['POST /containers/create body:HostConfig.KernelMemoryTCP', '1.40'],
    ['POST /swarm/init body:DataPathPort', '1.40'],
    ['GET /containers/{id}/stats query:one-shot', '1.41'],
    ['GET /info response:CgroupVersion', '1.41'],
    ['GET /info response:DefaultAddressPools', '1.41'],
    ['GET /services query:status', '1.41'],
    ['GET /tasks response:[].JobIteration', '1.41'],
    ['POST /containers/create body:HostConfig.CgroupnsMode', '1.41'],
    ['POST /containers/create query:platform', '1.41'],
    ['GET /containers/{id}/attach/ws query:stdin', '1.42'],
    ['GET /images/json query:shared-size', '1.42'],
    ['GET /system/df query:type', '1.42'],
    ['POST /containers/{id}/exec body:ConsoleSize', '1.42'],
    ['POST /containers/{id}/restart query:signal', '1.42'],
    ['POST /containers/{id}/stop query:signal', '1.42'],
    ['PUT /volumes/{name}', '1.42'],
    ['POST /containers/create body:HostConfig.Annotations', '1.43'],
  ])('%s since %s', (key, since) => {
    const facts = getElement(key);
    expect(facts?.since).toBe(since);
    expect(facts && effectiveSince(facts)).toBe(since);
  });
});

// Where the history and the specs disagree, the documented layer keeps the
// specs' dates and the effective layer the history's (src/effective/table.ts).
describe('known disagreements with the version history', () => {
  test.each([
    // history: 1.30; first documented in the 1.39 definition
    ['PUT /containers/{id}/archive query:copyUIDGID', '1.39', undefined, '1.30'],
    // history: 1.28; first documented in the 1.29 definition
    ['POST /containers/create body:HostConfig.Mounts[].Consistency', '1.29', undefined, '1.28'],
    // history: 1.28; documented from 1.25, missing from the 1.27 definition
    [
      'POST /containers/{id}/update body:NanoCpus',
      '1.25',
      [
        { since: '1.25', removed: '1.27' },
        { since: '1.28', removed: null },
      ],
      '1.28',
    ],
    // history: 1.25; first documented in the 1.37 definition
    ['POST /containers/create body:HostConfig.Init', '1.37', undefined, '1.25'],
  ])('%s: documented %s (spans %j), effective %s', (key, since, history, effective) => {
    const facts = getElement(key);
    expect(facts?.since).toBe(since);
    expect(facts?.history).toEqual(history);
    expect(facts?.effective).toMatchObject({ since: effective, removed: null });
  });
});
