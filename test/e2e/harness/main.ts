/**
 * The end-to-end harness page: the real plugin (src/main.ts) loaded into the same `obsidian` stub and
 * fakes of its narrow doors the plugin tests use (the stub aliased at bundle time), on a vault inlined at build time, in an Obsidian-like window
 * (workspace.ts) with Obsidian's theme variables. Query: `?theme=light|dark`, `?vault=example|empty|people3000`.
 * It marks `<body data-harness="ready">` once the index is built, and offers `window.activeNetworkHarness`.
 */
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import vaults from "virtual:active-network-vaults";
import ActiveNetworkPlugin from "../../../src/main";
import { type App, Modal, SuggestModal } from "../../obsidian-stub";
import { FakeApp } from "../../obsidian/fakes";
import { HARNESS_TODAY, type HarnessApi } from "./api";
import { bigVault } from "./big-vault";
import { installIcons } from "./icons";
import { CommandPalette } from "./palette";
import { HarnessWorkspace } from "./workspace";

const MANIFEST = { id: "active-network", name: "Active Network", version: "0.1.0", minAppVersion: "1.4.10" };

/** Obsidian focuses a suggester's input when it opens; the stub leaves that to the app. */
function focusSuggesters(): void {
	const proto = SuggestModal.prototype as unknown as { open: (this: SuggestModal<unknown>) => void };
	const open = proto.open;
	proto.open = function () {
		open.call(this);
		this.inputEl.focus();
	};
}

/** Escape closes the top modal, a click on the backdrop too, and Ctrl/Cmd+P opens the command palette. */
function installKeys(app: App): void {
	const palette = () => new CommandPalette(app, MANIFEST.name).open();
	document.addEventListener("keydown", (evt) => {
		const top = Modal.stubOpen[Modal.stubOpen.length - 1];
		// A modal's own Escape handler that returned false (Obsidian: the key is used) keeps it open.
		if (evt.key === "Escape" && top && !evt.defaultPrevented) {
			evt.preventDefault();
			top.close();
		} else if (evt.key.toLowerCase() === "p" && (evt.ctrlKey || evt.metaKey) && !top) {
			evt.preventDefault();
			palette();
		}
	});
	document.addEventListener("mousedown", (evt) => {
		const top = Modal.stubOpen[Modal.stubOpen.length - 1];
		if (top && evt.target === top.containerEl) top.close();
	});
	const ribbon = app.ribbonEl.createDiv({
		cls: "side-dock-ribbon-action clickable-icon an-harness-open-palette",
		attr: { "aria-label": "Open command palette", "data-icon": "terminal-square" },
	});
	ribbon.addEventListener("click", palette);
}

/** Obsidian's settings window, opened on the plugin's own tab (the only tab the harness has). */
function openSettings(app: App): void {
	const tab = app.stubSettingTabs[0];
	if (!tab) throw new Error("the plugin registered no settings tab");
	const container = document.body.createDiv({ cls: "modal-container mod-dim" });
	const modal = container.createDiv({ cls: "modal mod-settings" });
	const nav = modal.createDiv({ cls: "vertical-tab-header" });
	nav.createDiv({ cls: "vertical-tab-header-group-title", text: "Community plugins" });
	nav.createDiv({ cls: "vertical-tab-nav-item is-active", text: MANIFEST.name });
	modal.appendChild(tab.containerEl);
	tab.display();
	container.addEventListener("mousedown", (evt) => {
		if (evt.target === container) container.detach();
	});
}

async function start(): Promise<void> {
	const params = new URLSearchParams(window.location.search);
	document.body.addClass(params.get("theme") === "dark" ? "theme-dark" : "theme-light");
	const vaultName = params.get("vault") ?? "example";
	// `people3000`: a generated vault of that many people (big-vault.ts), for the list benchmark.
	const many = vaultName.startsWith("people") ? Number(vaultName.slice("people".length)) : NaN;
	const vault = Number.isInteger(many) && many > 0 ? { files: bigVault(many), config: vaults.example?.config ?? {} } : vaults[vaultName];
	if (!vault) throw new Error(`no vault "${vaultName}" in the harness`);

	const app = new FakeApp(vault.files, vault.config);
	const ui = new HarnessWorkspace(app);
	focusSuggesters();
	installKeys(app);
	installIcons();

	const plugin = new ActiveNetworkPlugin(app as unknown as ObsidianApp, MANIFEST as PluginManifest);
	plugin.today = () => HARNESS_TODAY;
	plugin.portsFor = () => app.ports();
	plugin.load();
	await (plugin as unknown as { stubOnload: Promise<void> }).stubOnload;
	app.workspace.stubLayoutReady();
	await plugin.feed.settle();
	if (vault.files["README.md"] !== undefined) await ui.openNote("README.md");

	const api: HarnessApi = {
		today: HARNESS_TODAY,
		vault: vaultName,
		text: (path) => app.vault.text(path) ?? null,
		paths: () => app.vault.notePaths(),
		commands: () => [...app.stubCommands.values()].map((c) => ({ id: c.id, name: c.name })),
		opened: () => [...ui.opened],
		notices: () => [...ui.notices],
		fileMenu: (path) => app.workspace.stubFileMenu(path).map((i) => i.title),
		chooseFromFileMenu: (path, title) => {
			const item = app.workspace.stubFileMenu(path).find((i) => i.title === title);
			item?.onClick();
			return item !== undefined;
		},
		settle: () => plugin.feed.settle(),
		openSettings: () => openSettings(app),
		openNote: (path) => ui.openNote(path),
	};
	window.activeNetworkHarness = api;
	document.body.setAttr("data-harness", "ready");
}

start().catch((e: unknown) => {
	console.error("Active Network harness: start failed", e);
	document.body.setAttr("data-harness", "failed");
	document.body.setAttr("data-harness-error", e instanceof Error ? e.message : String(e));
});
