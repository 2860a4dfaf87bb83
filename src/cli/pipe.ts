/**
 * `active-network people | head`: when the reader closes the pipe before the command is done, a write
 * fails with EPIPE, which Node raises as an error event on stdout (a stack trace, exit 1). Command-line
 * tools stop quietly then, with the status they had: the reader has all it asked for.
 */
export interface ErrorSource {
	on(event: "error", listener: (e: Error & { code?: string }) => void): unknown;
}

export function stopQuietlyOnClosedPipe(out: ErrorSource, exit: () => void): void {
	out.on("error", (e) => {
		if (e.code === "EPIPE") exit();
		else throw e;
	});
}
