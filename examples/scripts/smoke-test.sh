#!/usr/bin/env bash
# Smoke test run on every build host before it joins the pool.
set -euo pipefail

SOCK=/var/run/docker.sock

curl -sf --unix-socket "$SOCK" http://localhost/v1.41/_ping

# A throwaway container with a private cgroup namespace and a bind mount.
curl -sf --unix-socket "$SOCK" \
  -X POST \
  -H 'Content-Type: application/json' \
  -d '{"Image":"alpine:3.19","Cmd":["true"],"HostConfig":{"CgroupnsMode":"private","Mounts":[{"Type":"bind","Source":"/tmp","Target":"/mnt","BindOptions":{"CreateMountpoint":true}}]}}' \
  "http://localhost/v1.41/containers/create?name=smoke"

curl -sf --unix-socket "$SOCK" -X POST http://localhost/v1.41/containers/smoke/start
curl -sf --unix-socket "$SOCK" -X POST "http://localhost/v1.41/containers/smoke/wait?condition=not-running"
curl -sf --unix-socket "$SOCK" -X DELETE "http://localhost/v1.41/containers/smoke?force=1"
