/** The command stops quietly when its reader closes the pipe (`active-network people | head`). */
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { stopQuietlyOnClosedPipe } from "../../src/cli/pipe";

function errno(code: string): Error & { code: string } {
	return Object.assign(new Error(`write ${code}`), { code });
}

describe("a closed pipe", () => {
	it("stops the command quietly on EPIPE", () => {
		const out = new EventEmitter();
		let exits = 0;
		stopQuietlyOnClosedPipe(out, () => exits++);
		out.emit("error", errno("EPIPE"));
		expect(exits).toBe(1);
	});

	it("lets any other write error through", () => {
		const out = new EventEmitter();
		let exits = 0;
		stopQuietlyOnClosedPipe(out, () => exits++);
		expect(() => out.emit("error", errno("ENOSPC"))).toThrow("write ENOSPC");
		expect(exits).toBe(0);
	});
});
