/** The vaults the harness can open, inlined at build time (test/e2e/support/build.ts): path → text. */
declare module "virtual:active-network-vaults" {
	interface HarnessVault {
		/** Notes and other files, by vault path. */
		files: Record<string, string>;
		/** Obsidian's own settings files (`.obsidian/daily-notes.json`...), by path. */
		config: Record<string, string>;
	}
	const vaults: Record<string, HarnessVault>;
	export default vaults;
}
