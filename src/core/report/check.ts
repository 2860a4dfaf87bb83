/** `check`: problems in notes, each on its own line with file and line. */
import type { Problem } from "../problems";
import { cut, moreLine, plural, type Report, type ReportInput } from "./report";

/** `extra`: problems found outside the index (files that could not be read). */
export function checkReport(q: ReportInput, extra: readonly Problem[], notes: number): Report {
	const problems = [...q.network.problems, ...extra];
	const { shown, more } = cut(problems, q.limit);
	const text = () =>
		problems.length === 0 ? `No problems in ${plural(notes, "note")}.` :
			shown.map((p) => `${p.path}${p.line === null ? "" : `:${p.line}`}: ${p.severity === "error" ? q.style.warn("error") : "warning"}: ${p.message}`).join("\n") +
			moreLine(more) + `\n\n${plural(problems.length, "problem")} in ${plural(notes, "note")}`;
	return { json: shown, text, exitCode: problems.length > 0 ? 1 : 0 };
}
