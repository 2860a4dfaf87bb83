/** A stand-in for the people graph's WebGL surface (happy-dom has no WebGL), recording what it is asked. */
import type { DisplayGraph, PeopleGraphModel } from "../../src/obsidian/graph/model";
import type { GraphSurface, SurfaceEvents, SurfaceFactory } from "../../src/obsidian/graph/surface";
import type { GraphTheme } from "../../src/obsidian/graph/theme";
import type { Loaded } from "./harness";

export class FakeSurface implements GraphSurface {
	graphs: DisplayGraph[] = [];
	refreshes = 0;
	resizes = 0;
	themes: GraphTheme[] = [];
	killed = false;
	constructor(
		readonly container: HTMLElement,
		readonly model: PeopleGraphModel,
		readonly events: SurfaceEvents,
	) {}
	setGraph(graph: DisplayGraph): void {
		this.graphs.push(graph);
	}
	refresh(): void {
		this.refreshes++;
	}
	resize(): void {
		this.resizes++;
	}
	setTheme(theme: GraphTheme): void {
		this.themes.push(theme);
	}
	kill(): void {
		this.killed = true;
	}
}

/** Replaces the plugin's WebGL surface with fakes; returns the ones made, in order. */
export function fakeSurfaces(loaded: Loaded): FakeSurface[] {
	const made: FakeSurface[] = [];
	const factory: SurfaceFactory = (container, model, _theme, events) => {
		const s = new FakeSurface(container, model, events);
		made.push(s);
		return Promise.resolve(s);
	};
	(loaded.plugin as unknown as { graphSurface: SurfaceFactory }).graphSurface = factory;
	return made;
}
