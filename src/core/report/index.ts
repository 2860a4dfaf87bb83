/** Every command's answer as JSON and as text (see report.ts). */
export * from "./check";
export * from "./lists";
export * from "./network";
export * from "./report";
export * from "./style";
export * from "./table";
export * from "./touchpoints";
