// Types of build-server.mjs for the TypeScript that imports it (its test, the start bench).
export declare const SERVER_BUNDLE: string;
export declare const SERVER_SOURCES: readonly string[];
export declare function serverBuildIsStale(bundle?: string): boolean;
export declare function buildServer(options?: {
  entryPoints?: Record<string, string>;
  outdir?: string;
}): Promise<string[]>;
