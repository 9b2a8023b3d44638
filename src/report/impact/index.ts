import type { ImpactReport } from '../../impact/report-types.ts';
import { impactHtml } from './html.ts';
import { impactJson } from './json.ts';
import { impactMarkdown } from './markdown.ts';

export type ImpactRenderer = (report: ImpactReport) => string;

/** Report formats by name: a new format is one file and one entry. */
export const impactRenderers: ReadonlyMap<string, ImpactRenderer> = new Map([
  ['markdown', impactMarkdown],
  ['html', impactHtml],
  ['json', impactJson],
]);
