/**
 * Registers what lives in notes and in Obsidian's newer hooks: the `active-network` block (every app),
 * the Bases view (1.10+), the command line (1.12.2+) and `plugin.api`. Each newer hook is checked for
 * before use, so older apps get everything else.
 */
import type { Plugin } from "obsidian";
import { createApi } from "./api/network-api";
import type { ActiveNetworkApi } from "./api/types";
import { registerRelationshipsView } from "./bases/relationships-view";
import { registerNetworkBlock } from "./blocks/block-child";
import { insertTodaysTouchpoints } from "./blocks/insert-today";
import { registerCli } from "./cli-handler";
import type { NetworkHost } from "./host";

export function registerIntegrations(plugin: Plugin, host: NetworkHost, notes: () => number): ActiveNetworkApi {
	registerNetworkBlock(plugin, host);
	plugin.addCommand({ id: "insert-todays-touchpoints", name: "Insert today's touchpoints", callback: () => void insertTodaysTouchpoints(host) });
	registerRelationshipsView(plugin, host);
	registerCli(plugin, host, notes);
	return createApi(host);
}
