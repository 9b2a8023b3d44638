import type { Finding } from './finding.ts';

/**
 * The one place findings become prose: what is used, what it needs, what the
 * target is, and the way out.
 */
export function formatMessage(finding: Finding): string {
  const element =
    finding.written === undefined
      ? `\`${finding.element}\``
      : `\`${finding.written}\` (\`${finding.element}\`)`;
  const target = `target is ${finding.target}, ${finding.targetFrom}`;
  const args = finding.args;
  switch (args.rule) {
    case 'api-not-served': {
      const how =
        args.answer === 'refused' ? `it refuses the request with ${args.status}` : `no route, ${args.status}`;
      const later = args.servedSince ? `${args.engine} serves it from ${args.servedSince}; ` : '';
      return `${element} is not served by ${args.engine} ${args.version} at any API version (${how}; ${finding.targetFrom}): ${later}check which engine answers before calling, or drop that engine from the target`;
    }
    case 'api-too-new': {
      if (args.against === 'pin') {
        return `${element} requires API ${finding.requires} but the request pins /v${finding.target}/: raise the pin to ${finding.requires} or drop the element`;
      }
      const docker = args.firstDocker ? ` / Docker ≥ ${args.firstDocker}` : '';
      return `${element} requires API ${finding.requires} (${target}): raise the target to ${finding.requires}${docker}, or guard the call`;
    }
    case 'api-removed':
      return `${element} was removed in API ${args.removed} (${target}): use its replacement, or pin an older API version the target still serves`;
    case 'api-deprecated':
      return `${element} is deprecated since API ${args.deprecated} (${target}): move off it before it is removed`;
    case 'api-version-unsupported':
      if (args.problem === 'no-window')
        return `pinned API ${args.pin}: ${args.reason} (${finding.targetFrom})`;
      if (args.defaultOf !== undefined)
        return `the client neither pins nor negotiates, so it speaks ${args.defaultOf}'s default API ${args.pin}, which the target does not serve (${args.problem === 'above-max' ? `max ${args.limit}` : `min ${args.limit}`}, ${finding.targetFrom}): enable API version negotiation, or pin a version the target serves`;
      return args.problem === 'above-max'
        ? `pinned API ${args.pin} is newer than the target serves (max ${args.limit}, ${finding.targetFrom}): lower the pin to ${args.limit} or raise the target`
        : `pinned API ${args.pin} is below the default minimum ${args.limit} of the target (${finding.targetFrom}): raise the pin to ${args.limit}, negotiate the version, or lower the daemon's DOCKER_MIN_API_VERSION`;
    case 'api-guard-obsolete': {
      const lexical = args.compare === 'string' ? ' (and compares versions as strings)' : '';
      return `the check API ${args.op} ${args.bound} is always ${args.always} at target ${finding.target} (${finding.targetFrom})${lexical}: drop the check and keep the ${args.always ? 'guarded' : 'other'} branch`;
    }
    case 'api-unversioned':
      return `${element} is requested without a /v1.NN/ prefix, so the daemon answers with its newest API: pin the version or negotiate it`;
    case 'unused-suppression':
      return `docker-api-compat-ignore-${args.kind} ${args.rules.join(', ')} suppresses nothing: delete the comment`;
    case 'invalid-suppression':
      return args.problem === 'no-reason'
        ? `docker-api-compat-ignore-${args.kind} ${args.rules.join(', ')} has no reason, so it suppresses nothing: add ": <why>" after the rule ids`
        : `docker-api-compat-ignore-${args.kind} names unknown ${args.unknown.length === 1 ? 'rule' : 'rules'} ${args.unknown.join(', ')}: fix the rule id`;
  }
}
