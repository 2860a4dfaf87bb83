/**
 * What a call allocates, by V8's sampling heap profiler with every sample kept (those the collector has
 * already freed too). Unlike a time, the machine's load does not move it: on a busy host the most-linked
 * person's removal took 19-27 ms in four runs of one build, while two runs allocated the same within 0.3%.
 * It is the bench's one measure of garbage, which is much of what such an update costs.
 */
import { Session } from "node:inspector";

/** One sample per this many bytes allocated, on average. */
const SAMPLE_BYTES = 256;

interface SamplingNode {
	selfSize: number;
	children: SamplingNode[];
}

/** Posts on an in-process session: its answer comes back before `post` returns. */
function post<T>(session: Session, method: string, params?: object): T {
	let out: { error: Error | null; result?: T } | null = null;
	session.post(method, params, (error: Error | null, result?: object) => {
		out = { error, result: result as T };
	});
	const done = out as { error: Error | null; result?: T } | null;
	if (!done) throw new Error(`the inspector did not answer ${method} at once`);
	if (done.error) throw done.error;
	return done.result as T;
}

function totalSize(node: SamplingNode): number {
	let sum = node.selfSize;
	for (const c of node.children) sum += totalSize(c);
	return sum;
}

/** The kilobytes `run` allocated (an estimate from samples: a few per cent either way on megabytes). */
export function allocatedKb(run: () => void): number {
	const session = new Session();
	session.connect();
	try {
		post(session, "HeapProfiler.enable");
		post(session, "HeapProfiler.startSampling", { samplingInterval: SAMPLE_BYTES, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
		run();
		const { profile } = post<{ profile: { head: SamplingNode } }>(session, "HeapProfiler.stopSampling");
		return totalSize(profile.head) / 1024;
	} finally {
		session.disconnect();
	}
}
