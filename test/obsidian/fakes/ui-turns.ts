/**
 * The UI, stood for by a zero-delay timer that re-arms itself: how often it got a turn between `start`
 * and `stop` says whether long work (the first build, a flood of changes) yielded to it. Counted in
 * turns, never in milliseconds.
 */
export function countUiTurns(): { stop: () => number } {
	let turns = 0;
	let running = true;
	const turn = () => {
		turns++;
		if (running) window.setTimeout(turn, 0);
	};
	window.setTimeout(turn, 0);
	return {
		stop: () => {
			running = false;
			return turns;
		},
	};
}
