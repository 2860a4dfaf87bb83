/**
 * A person as the derivation's parts name them. The parts of the hundreds of notes that link someone all
 * hold the one object; when their note moves to another folder under the same name, only its `path`
 * changes (and the sums re-key their lists once), so that no part has to be rewritten (person-move.ts).
 * The network itself still names people by path.
 */
export interface PersonRef {
	/** The person's note: where their lists are kept in the sums. Changed only by a move. */
	path: string;
	/** Unique among the refs of one derivation, never reused: compared in keys where the path may move. */
	readonly id: number;
}
