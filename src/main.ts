import { Plugin } from "obsidian";

export default class ActiveNetworkPlugin extends Plugin {
	override onload(): void {}
}
