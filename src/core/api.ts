/** The core's public surface, for the plugin, the CLI and tests. */
export * from "./cadence";
export * from "./cold";
export * from "./dates";
export * from "./graph";
export { NetworkIndex, type IndexOptions } from "./index";
export * from "./links";
export * from "./network";
export * from "./next";
export * from "./note";
export * from "./people";
export * from "./problems";
export * from "./promises";
export * from "./settings";
export * from "./touchpoints";
export type { ListItem, LocalProblem, RawLink, TaskFacts, TaskStatus } from "./markdown";
