// A small stand-in for the `obsidian` module in tests (vitest aliases `obsidian` here).
export class Plugin {}
