export declare const ANALYSIS_SOURCES: string[];
/** A hash of the engine's code and data files under `root` (the package root). */
export declare function analysisCodeHash(root: string): string;
