/**
 * What the text right before a request path says about where it goes:
 * - `docker`: a Docker endpoint (`unix://…docker.sock`, `http://docker`,
 *   `http://localhost` without port, ports 2375/2376, `$DOCKER_HOST`);
 * - `bare`: nothing or a dynamic base (`${base}/containers`), so only the
 *   file's Docker context can tell;
 * - `foreign`: another literal host (`https://example.com/info`,
 *   `http://localhost:8080/info`);
 * - `mid-path`: the text is inside a longer path (`/api/containers`).
 */
export type Origin = 'docker' | 'bare' | 'foreign' | 'mid-path';

const MAX_AUTHORITY_CHARS = 120;
const STOP = /[\s"'`/(<>,;=[\]|]/;
// The walk back tests up to 120 characters per path: ASCII from a table, the rest by the pattern.
const ASCII_STOP = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_STOP[code] = STOP.test(String.fromCharCode(code)) ? 1 : 0;

function isStop(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? ASCII_STOP[code] === 1 : STOP.test(text.charAt(at));
}
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0', 'unix', 'dind']);

export function classifyOrigin(text: string, pathStart: number): Origin {
  if (pathStart === 0 || isStop(text, pathStart - 1)) {
    return text.charAt(pathStart - 1) === '/' ? 'mid-path' : 'bare';
  }
  const floor = Math.max(0, pathStart - MAX_AUTHORITY_CHARS);
  let i = pathStart - 1;
  while (i >= floor && !isStop(text, i)) i--;
  const authority = text.slice(i + 1, pathStart);
  if (/docker/i.test(authority) || /:237[56]$/.test(authority)) return 'docker';
  const afterScheme = text.charAt(i) === '/' && text.charAt(i - 1) === '/' && text.charAt(i - 2) === ':';
  if (/[${}()%]/.test(authority)) return 'bare';
  // `http:/containers/json`, as written after `curl --unix-socket`.
  if (/^[A-Za-z][A-Za-z+]{0,10}:$/.test(authority)) return 'bare';
  if (afterScheme || /^[A-Za-z0-9.-]*:\d{1,5}$/.test(authority) || LOCAL_HOSTS.has(authority)) {
    return isDockerAuthority(authority) ? 'docker' : 'foreign';
  }
  return 'mid-path';
}

function isDockerAuthority(authority: string): boolean {
  const host = authority.slice(authority.lastIndexOf('@') + 1).toLowerCase();
  if (/:(2375|2376)$/.test(host)) return true;
  return LOCAL_HOSTS.has(host) || host.endsWith('.sock') || host.endsWith('.sock:');
}
