/** The part of Electronegativity's programmatic API (dist/runner.js) that build/security-scan.ts uses; it ships no types. */
declare module '@doyensec/electronegativity' {
  interface Level {
    readonly name: string;
    readonly value: number;
  }
  export interface Issue {
    readonly id: string;
    readonly file: string;
    readonly location: { readonly line: number; readonly column: number };
    readonly severity: Level;
    readonly confidence: Level;
    readonly description: string;
    readonly manualReview: boolean;
    readonly shortenedURL?: string;
  }
  export interface ScanError {
    readonly file: string;
    readonly message: string;
    /** A parse warning the scan could live with; an intolerable one means the file was not checked. */
    readonly tolerable: boolean;
  }
  export interface RunOptions {
    readonly input: string;
    readonly electronVersionOverride?: string;
    readonly excludeFromScan?: readonly string[];
    readonly customScan?: readonly string[];
    readonly isRelative?: boolean;
    readonly parserPlugins?: readonly string[];
  }
  export interface RunResult {
    readonly globalChecks: number;
    readonly atomicChecks: number;
    readonly errors: readonly ScanError[];
    readonly issues: readonly Issue[];
  }
  export default function run(options: RunOptions): Promise<RunResult>;
}
