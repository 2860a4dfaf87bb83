/**
 * The seam between the people graph view and whatever draws it. The view owns the model (who is shown,
 * where, in which colour, what is highlighted) and hears the pointer through SurfaceEvents; a surface only
 * draws the model's graph. The real one is WebGL (sigma-surface.ts); tests give their own, since
 * happy-dom has no WebGL.
 */
import type { DisplayGraph, PeopleGraphModel } from "./model";
import type { GraphTheme } from "./theme";

export interface SurfaceEvents {
	/** The pointer is over a person (null: over no one). */
	hover(path: string | null): void;
	/** A person was clicked or tapped. `touch` is true for a tap. */
	click(path: string, evt: MouseEvent | null, touch: boolean): void;
	/** A click or tap on no one. */
	clickStage(): void;
}

export interface GraphSurface {
	/** Draws this graph from now on (a new one after a filter or the vault changed). */
	setGraph(graph: DisplayGraph): void;
	/** Positions, colours or the highlight changed: draw again. */
	refresh(): void;
	/** The container changed size. */
	resize(): void;
	/** New theme colours (labels, hover boxes). */
	setTheme(theme: GraphTheme): void;
	/** Frees everything (WebGL contexts, listeners). */
	kill(): void;
}

/** Makes a surface in `container`, or resolves null when this device cannot draw one (no WebGL). */
export type SurfaceFactory = (container: HTMLElement, model: PeopleGraphModel, theme: GraphTheme, events: SurfaceEvents) => Promise<GraphSurface | null>;

/**
 * Whether a canvas can get a WebGL context (WebGL 2, or 1). The probe's context is lost at once: devices
 * allow only a few live contexts (iOS especially), and each opening of the graph would otherwise keep one.
 */
export function hasWebGL(): boolean {
	try {
		const canvas = createEl("canvas");
		const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
		if (!gl) return false;
		gl.getExtension("WEBGL_lose_context")?.loseContext();
		return true;
	} catch {
		return false;
	}
}

/**
 * What a pointer event from the renderer is: a mouse event (for Mod-click), a tap, or neither. Duck-typed,
 * never `instanceof`: in a popout window events come from that window's `MouseEvent`, not this one's.
 */
export function pointerOf(original: unknown): { evt: MouseEvent | null; touch: boolean } {
	if (typeof original !== "object" || original === null) return { evt: null, touch: false };
	if ("touches" in original) return { evt: null, touch: true };
	const mouse = "button" in original && "ctrlKey" in original && "metaKey" in original;
	return { evt: mouse ? (original as MouseEvent) : null, touch: false };
}
