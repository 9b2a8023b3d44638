/**
 * Client gates (data/go-sdk.json, data/docker-py.json, data/docker-cli.json)
 * that disagree with the effective layer, each with why. For the CLI only
 * laxer gates count: its gates are per command, so a command stricter than
 * one of its operations is expected. Keyed `table at key`.
 */
export const GATE_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'go-sdk v24.0.9 client/container_wait.go:33 POST /containers/{id}/wait':
    'The gate is on the condition parameter (effective 1.30); the table files it under the operation.',
  'go-sdk v28.5.2 client/container_wait.go:51 POST /containers/{id}/wait':
    'As in v24.0.9: the gate is on the condition parameter.',
  'go-sdk v28.5.2 client/service_create.go:39 POST /services/create body:TaskTemplate.ContainerSpec.Mounts[].BindOptions.NonRecursive':
    'One client gate (1.30) covers the whole service spec; the daemon drops this field below 1.40 (swarm/helpers.go).',
  'go-sdk v28.5.2 client/service_create.go:39 POST /services/create body:TaskTemplate.ContainerSpec.Mounts[].BindOptions.ReadOnlyForceRecursive':
    'One client gate (1.30) covers the whole service spec; the field is served from 1.44.',
  'docker-py docker/api/swarm.py:73 GET /swarm/unlockkey':
    'docker-py gates at 1.24; the endpoint came with Docker 1.13 (API 1.25), which the specs confirm.',
  'docker-py docker/api/swarm.py:346 POST /swarm/unlock':
    'As GET /swarm/unlockkey: gated at 1.24, served from 1.25.',
  'docker-cli cli/command/service/cmd.go:22 GET /secrets':
    'The service command is gated at 1.24 as a whole; its secret flags carry their own gates.',
  'docker-cli cli/command/service/cmd.go:22 GET /configs':
    'The service command is gated at 1.24 as a whole; its config flags carry their own gates.',
  'docker-cli cli/command/stack/cmd.go:25 GET /configs/{id}':
    'The stack command is gated at 1.25 as a whole; configs are used only when the stack file has them.',
  'docker-cli cli/command/stack/cmd.go:25 POST /configs/{id}/update':
    'As GET /configs/{id}: a command-wide gate.',
  'docker-cli cli/command/stack/cmd.go:25 POST /configs/create': 'As GET /configs/{id}: a command-wide gate.',
  'docker-cli cli/command/stack/cmd.go:25 GET /configs': 'As GET /configs/{id}: a command-wide gate.',
  'docker-cli cli/command/stack/cmd.go:25 DELETE /configs/{id}': 'As GET /configs/{id}: a command-wide gate.',
  'docker-cli cli/command/swarm/init.go:44 GET /swarm/unlockkey':
    'The CLI gates swarm commands at 1.24; the unlock key came with API 1.25.',
  'docker-cli cli/command/swarm/unlock.go:29 POST /swarm/unlock': 'As GET /swarm/unlockkey.',
  'docker-cli cli/command/swarm/unlock_key.go:31 GET /swarm/unlockkey': 'As GET /swarm/unlockkey.',
  'docker-cli cli/command/swarm/update.go:31 GET /swarm/unlockkey': 'As GET /swarm/unlockkey.',
};
