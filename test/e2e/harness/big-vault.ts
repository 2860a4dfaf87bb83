/**
 * `?vault=people3000` (or `people<N>`): a vault of N people made in the page, for the list benchmark
 * (scripts/bench-ui.mjs). Everyone is cold (a weekly cadence, last seen months ago) and has one open
 * promise, so the cold and promises views each list all N. Deterministic: the same N, the same notes.
 */
const CIRCLES = ["friends", "clients", "colleagues", "family", "peers"];

export function bigVault(people: number): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < people; i++) {
		const n = String(i).padStart(4, "0");
		const month = String(1 + (i % 9)).padStart(2, "0");
		const day = String(1 + (i % 28)).padStart(2, "0");
		files[`People/Person ${n}.md`] = [
			"---",
			"type: person",
			`circle: ${CIRCLES[i % CIRCLES.length] ?? "friends"}`,
			"cadence: 1w",
			"---",
			"## Log",
			`- 2026-${month}-${day} coffee, talked about project ${i % 97}`,
			`- [ ] Send Person ${n} the notes from our call 📅 2026-12-${day}`,
			"",
		].join("\n");
	}
	return files;
}
