/** Helpers for Swagger path templates such as `/containers/{id}/json`. */

const PARAM = /\{([^}]*)\}/g;

/** The template with parameter names erased: `/containers/{}/json`. */
export function templateShape(template: string): string {
  return template.replace(PARAM, '{}');
}

/** Parameter names in order of appearance: `['id']`. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(PARAM)].map((match) => match[1] ?? '');
}
