/**
 * `plugin.api`: read-only answers about the network for other plugins, Dataview JS and Templater. Each
 * call works from the feed's current network and returns a fresh JSON-safe copy (never the live maps of
 * the index). The shapes are those of the terminal command's --json where one exists (core/report).
 */
import { basename, filterPromises, findPerson, type IsoDate, ledgerFor, type Network, openPromises, type OpenPromise, personState } from "../../core";
import { coldReportOf, graphReport, PLAIN, peopleReport, type ReportInput, touchpointsReport } from "../../core/report";
import type { NetworkHost } from "../host";
import type { ActiveNetworkApi, ApiCold, ApiGraph, ApiNextTouchpoint, ApiPerson, ApiPersonDetail, ApiPromise, PromiseQuery } from "./types";

export const API_VERSION = "1.0.0";

/** A deep copy that shares nothing with the index (answers are small: plain JSON is enough). */
function copy<T>(value: unknown): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

function promiseOf(p: OpenPromise): ApiPromise {
	return { file: p.file, line: p.line, text: p.text, people: [...p.people], due: p.due, direction: p.direction, overdue: p.overdue, daysLeft: p.daysLeft };
}

export function createApi(host: NetworkHost): ActiveNetworkApi {
	const input = (network: Network, limit: number | null = null): ReportInput => ({ network, settings: host.settings, today: host.today(), limit, style: PLAIN });
	const withNetwork = <T>(empty: T, fn: (network: Network, today: IsoDate) => T): T => {
		const network = host.feed.network();
		return network ? fn(network, host.today()) : empty;
	};
	const promises = (network: Network, today: IsoDate, f: PromiseQuery): ApiPromise[] =>
		filterPromises(network, openPromises(network, today), { direction: f.direction ?? null, circle: f.circle ?? null, person: f.person ?? null, sort: "due" })
			.filter((p) => (!f.overdue || p.overdue) && (f.dueWithinDays === undefined || (p.daysLeft !== null && p.daysLeft <= f.dueWithinDays)))
			.map(promiseOf);
	const api: ActiveNetworkApi = {
		version: API_VERSION,
		ready: () => host.feed.network() !== null,
		people: () => withNetwork<ApiPerson[]>([], (n) => copy(peopleReport(input(n)).json)),
		person: (query) =>
			withNetwork<ApiPersonDetail | null>(null, (network, today) => {
				const p = network.people.get(query) ?? findPerson(network, query);
				if (!p) return null;
				const s = personState(p, network, host.settings, today);
				const l = ledgerFor(network, p.path, host.settings);
				return copy<ApiPersonDetail>({
					path: p.path, name: p.name, aliases: p.aliases, circles: p.circles, status: s.status, lastContact: s.lastContact, due: s.due,
					cadenceDays: s.cadenceDays, needs: p.needs, offers: p.offers, interests: p.interests, birthday: p.birthday,
					metThrough: p.metThrough.map((m) => basename(m)),
					touchpoints: network.touchpoints.get(p.path) ?? [],
					promises: promises(network, today, { person: p.path }),
					balance: { gave: l.gave, got: l.got, lastGave: l.lastGave, lastGot: l.lastGot, note: l.note },
				});
			}),
		cold: () => withNetwork<ApiCold>({ cold: [], never: [] }, (n) => copy(coldReportOf(input(n)).json)),
		promises: (filter = {}) => withNetwork<ApiPromise[]>([], (n, today) => copy(promises(n, today, filter))),
		touchpoints: (limit) => withNetwork<ApiNextTouchpoint[]>([], (n) => copy(touchpointsReport(input(n, typeof limit === "number" && limit > 0 ? Math.floor(limit) : null)).json)),
		graph: () => withNetwork<ApiGraph>({ nodes: [], edges: [] }, (n) => copy(graphReport(input(n), null).json)),
		onChange: (callback) => {
			let live = true;
			const off = host.feed.onChange(() => {
				if (!live) return;
				try {
					callback();
				} catch (e) {
					console.error("Active Network: an api.onChange callback failed", e);
				}
			});
			return () => {
				live = false;
				off();
			};
		},
	};
	return Object.freeze(api);
}
