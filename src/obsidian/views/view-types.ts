/** The view types Active Network registers. */
export const REMINDERS_VIEW = "active-network-reminders";
export const COLD_VIEW = "active-network-cold";
export const PROMISES_VIEW = "active-network-promises";
export const GRAPH_VIEW = "active-network-people-graph";
