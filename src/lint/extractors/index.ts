import { apiPinExtractor } from './api-pin/index.ts';
import { curlExtractor } from './curl/index.ts';
import { dockerCliExtractor } from './docker-cli/index.ts';
import { dockerPyExtractor } from './docker-py/index.ts';
import { dockerodeExtractor } from './dockerode/index.ts';
import { goSdkExtractor } from './go-sdk/index.ts';
import { rawHttpExtractor } from './raw-http/index.ts';
import type { Extractor } from './types.ts';

/**
 * Every extractor by id. Order matters where two find the same request: the
 * earlier one's usage is kept (curl knows the method and body, raw-http only the path).
 */
export const extractors: ReadonlyMap<string, Extractor> = new Map(
  [
    curlExtractor,
    rawHttpExtractor,
    apiPinExtractor,
    dockerodeExtractor,
    goSdkExtractor,
    dockerPyExtractor,
    dockerCliExtractor,
  ].map((extractor) => [extractor.id, extractor]),
);

export type { ExtractInput, Extractor, FileSelector } from './types.ts';
