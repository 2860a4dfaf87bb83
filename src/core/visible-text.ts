/**
 * What of a line Obsidian shows as text: not inside a fenced code block, an inline code span or a `%%`
 * comment. The index and the edits read lines by the same rule.
 */

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** Character codes the line scans test first. */
export const SPACE = 0x20, TAB = 0x09;

/** Can a line starting with this character open or close a fence (FENCE)? Spaces, tabs, ` and ~. */
function mayStartFence(c: number): boolean {
	return c === SPACE || c === TAB || c === 0x60 || c === 0x7e;
}

/** The open code fence (its backticks or tildes), or null. */
export interface FenceState {
	fence: string | null;
}

/**
 * Is this line part of a fenced code block (its opening, inside, or its closing)? Updates the state. A
 * fence cannot open inside a `%%` comment. The edits read lines with the same rule as the index.
 */
export function inFence(content: string, state: FenceState, inComment: boolean): boolean {
	// Most lines start with neither a space, a tab, a backtick nor a tilde: then no fence opens on them.
	if (state.fence === null && !mayStartFence(content.charCodeAt(0))) return false;
	const f = FENCE.exec(content);
	if (state.fence !== null) {
		const open = state.fence;
		if (f?.[1] && f[1][0] === open[0] && f[1].length >= open.length && content.trim() === f[1]) state.fence = null;
		return true;
	}
	if (f?.[1] && !inComment) {
		state.fence = f[1];
		return true;
	}
	return false;
}

/**
 * Removes inline code spans and `%%comments%%` that open and close on the line; tracks open comments.
 * The next `%%` and backtick are remembered and searched again only once passed: searching for both
 * after every marker scanned to the line's end each time, quadratic on a line of many comments.
 */
export function visibleText(line: string, state: { inComment: boolean }): string {
	let out = "";
	let i = 0;
	let pct = -2;
	let tick = -2;
	while (i < line.length) {
		if (pct !== -1 && pct < i) pct = line.indexOf("%%", i);
		if (state.inComment) {
			if (pct < 0) return out;
			state.inComment = false;
			i = pct + 2;
			continue;
		}
		if (tick !== -1 && tick < i) tick = line.indexOf("`", i);
		if (pct < 0 && tick < 0) {
			out += line.slice(i);
			break;
		}
		if (tick >= 0 && (pct < 0 || tick < pct)) {
			let run = 1;
			while (line[tick + run] === "`") run++;
			const fence = "`".repeat(run);
			const close = line.indexOf(fence, tick + run);
			if (close < 0) {
				out += line.slice(i);
				break;
			}
			out += `${line.slice(i, tick)} `;
			i = close + run;
		} else {
			out += line.slice(i, pct);
			state.inComment = true;
			i = pct + 2;
		}
	}
	return out;
}
