export { isBinary } from './binary.ts';
export { fileSystemProvider } from './fs-provider.ts';
export { decodeUtf8, skipNotice } from './load.ts';
export { readCapped } from './read-capped.ts';
export type { FileEntry, FileListing, FileNotice, SourceProvider } from './types.ts';
export { walk } from './walk.ts';
