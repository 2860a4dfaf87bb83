/**
 * Minor page faults: the pages the kernel maps in when the process first touches them. V8 gives an
 * array over 128 KB pages of its own, new each time (a 50,000-note network's edge order is 400 KB), and
 * the collector maps pages in as it grows a space. A fault costs a fraction of a microsecond on a laptop
 * but about 12 us on the virtual machine these numbers were taken on, so an update that made one large
 * array, or met a collection, took milliseconds longer there. The bench counts the faults of the updates
 * it times and what one costs on the host, so that a time can be read against the machine.
 */

/** Minor page faults of this process so far. */
export function minorFaults(): number {
	return process.resourceUsage().minorPageFault;
}

/**
 * Microseconds per minor fault on this host (median of 9): a fresh 480 KB array made and filled, its
 * time over its faults. The fill itself is a few per cent of that time, so this is a little high.
 */
export function faultUs(): number {
	const perFault: number[] = [];
	for (let round = 0; round < 9; round++) {
		const f0 = minorFaults();
		const t0 = performance.now();
		const a = new Array<number>(60_000);
		for (let i = 0; i < a.length; i++) a[i] = i + 0.5;
		const ms = performance.now() - t0;
		const faults = minorFaults() - f0;
		if (a[a.length - 1] !== a.length - 0.5) throw new Error("the fault probe's array was not filled");
		if (faults > 0) perFault.push((1000 * ms) / faults);
	}
	perFault.sort((x, y) => x - y);
	return perFault.length === 0 ? 0 : (perFault[perFault.length >> 1] as number);
}
