/** The fakes of the plugin's narrow doors (src/obsidian/ports.ts). */
export { FakeApp, runCommandById } from "./app";
export { FakeVault, type FakeWrite } from "./vault";
export { FakeLeaf, FakeWorkspace, type Opened } from "./workspace";
export { countUiTurns } from "./ui-turns";
