// Types for scripts/chromium.mjs, so TypeScript configs (vitest.config.ts) can use it.

/** Injectable lookup inputs; each defaults to the real process and file system. */
export interface ChromiumLookup {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly exists?: (path: string) => boolean;
  readonly home?: string;
}

export interface ChromiumLaunchOptions {
  executablePath: string;
  headless: true;
  args: string[];
}

export declare const SYSTEM_CHROMIUMS: readonly string[];
export declare const CHROMIUM_FLAGS: readonly string[];
export declare function findChromium(options?: ChromiumLookup): string | undefined;
export declare function chromiumPath(options?: ChromiumLookup): string;
export declare function missingChromium(options?: ChromiumLookup): string | undefined;
export declare function chromiumLaunchOptions(options?: ChromiumLookup & { readonly extraArgs?: readonly string[] }): ChromiumLaunchOptions;
