/** `touchpoints`: who to be in touch with next, why, and what to bring up, in the plugin's words. */
import { nextTouchpoints } from "../next";
import { touchpointLine } from "../task-text";
import { type Report, type ReportInput } from "./report";

export const DEFAULT_TOUCHPOINTS = 10;

export function touchpointsReport(q: ReportInput): Report {
	const limit = q.limit ?? DEFAULT_TOUCHPOINTS;
	// One more than shown, to say whether there are more.
	const all = nextTouchpoints(q.network, q.settings, q.today, limit + 1);
	const list = all.slice(0, limit);
	const json = list.map((t) => ({
		path: t.path, name: t.name, score: t.score,
		reasons: t.reasons.map((r) => ({ kind: r.kind, detail: r.detail })),
		bringUp: t.bringUp, lastContact: t.lastContact,
	}));
	const text = () =>
		list.length === 0 ? "Nobody needs a touchpoint right now: no promises due, no birthdays coming, nobody cold." :
			list.map((t, i) => {
				const why = t.reasons.map((r) => {
					const line = `   ${touchpointLine(r.detail)}`;
					return r.kind === "promise-overdue" || r.kind === "cold" ? q.style.warn(line) : line;
				});
				const bring = t.bringUp.map((b) => q.style.faint(`   Bring up: ${touchpointLine(b)}`));
				return [q.style.strong(`${i + 1}. ${t.name}`), ...why, ...bring].join("\n");
			}).join("\n\n") + (all.length > limit ? "\n\n… and more (raise --limit to see them)" : "");
	return { json, text };
}
