/** Problems found in notes: located, never fatal. */
export interface Problem {
	path: string;
	/** 1-based line, or null for the whole note. */
	line: number | null;
	severity: "error" | "warning";
	message: string;
}

export function compareProblems(a: Problem, b: Problem): number {
	if (a.path !== b.path) return a.path < b.path ? -1 : 1;
	return (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
