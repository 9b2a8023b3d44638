import http from 'node:http';

// The service pins the API version it was written against.
const API = '/v1.41';
const SOCKET = process.env.DOCKER_SOCKET ?? '/var/run/docker.sock';

function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: SOCKET, method, path, headers: { 'Content-Type': 'application/json' } }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: data ? JSON.parse(data) : null }));
    });
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

export function createSandbox(name, image) {
  return call('POST', `/v1.43/containers/create?name=${name}`, {
    Image: image,
    HostConfig: { CgroupnsMode: 'private', Init: true },
  });
}

export function startSandbox(id) {
  return call('POST', `/v1.41/containers/${id}/start`);
}

export function sandboxStats(id) {
  return call('GET', `/v1.40/containers/${id}/stats?stream=false&one-shot=true`);
}

export function removeSandbox(id) {
  return call('DELETE', `${API}/containers/${id}?force=true`);
}
