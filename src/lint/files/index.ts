export { isBinary } from './binary.ts';
export { fileSystemProvider, readCapped } from './fs-provider.ts';
export { decodeUtf8, skipNotice } from './load.ts';
export type { FileEntry, FileListing, FileNotice, SourceProvider } from './types.ts';
export { walk } from './walk.ts';
