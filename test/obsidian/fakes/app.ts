/**
 * The stub App of a test, holding the fakes behind the plugin's narrow doors where a test finds them:
 * `app.vault` is the FakeVault (source and writer), `app.workspace` the FakeWorkspace. The plugin never
 * reaches them through `app`: it gets them from `ports()`, as main.ts gets Obsidian's from app-ports.ts.
 */
import type { Ports } from "../../../src/obsidian/ports";
import { App } from "../../obsidian-stub";
import { FakeVault } from "./vault";
import { FakeWorkspace } from "./workspace";

export class FakeApp extends App {
	readonly vault: FakeVault;
	declare workspace: FakeWorkspace;

	constructor(files: Record<string, string> = {}, config: Record<string, string> = {}) {
		super();
		this.vault = new FakeVault(files, config, () => this);
		this.workspace = new FakeWorkspace(this, this.vault);
	}

	/** What the plugin gets instead of Obsidian's objects. */
	ports(): Ports {
		return { source: this.vault, writer: this.vault, workspace: this.workspace };
	}
}

/** Runs a registered command by its full id (`plugin-id:command-id`), as the command palette does. */
export function runCommandById(app: App, id: string): boolean {
	const c = app.stubCommands.get(id);
	if (!c) throw new Error(`no command ${id}`);
	if (c.checkCallback) return c.checkCallback(false) !== false;
	void c.callback?.();
	return true;
}
