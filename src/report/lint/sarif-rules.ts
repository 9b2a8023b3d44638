import type { ReportingDescriptor } from 'sarif';
import type { RuleId } from '../../lint/finding.ts';
import { RULES } from '../../lint/rules/definitions.ts';
import { ruleHelpUri } from '../../package-info.ts';

const LEVELS = { error: 'error', warn: 'warning', off: 'none' } as const;

/** The driver's rule list: the rules that have results, in the order RULES lists them. */
export function reportedRules(ids: ReadonlySet<string>): ReportingDescriptor[] {
  return [...RULES.values()]
    .filter((rule) => ids.has(rule.id))
    .map((rule) => {
      const description = rule.description ?? rule.summary;
      const helpUri = ruleHelpUri(rule.id);
      return {
        id: rule.id,
        name: camelCase(rule.id),
        shortDescription: { text: rule.summary },
        fullDescription: { text: description },
        help: {
          text: `${description} See ${helpUri}`,
          markdown: `${description}\n\n[${rule.id}](${helpUri})`,
        },
        helpUri,
        defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
      };
    });
}

/** SARIF viewers show `name` as a title; by convention it is the id in camel case. */
function camelCase(id: RuleId): string {
  return id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
