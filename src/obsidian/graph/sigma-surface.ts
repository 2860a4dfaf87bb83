/**
 * The people graph drawn with sigma (WebGL): nodes and edges as the model's nodeLook and edgeLook say,
 * labels and the hover box in the theme's colours. Sigma is loaded only when the view first draws (it
 * reads WebGL constants as soon as it loads), and not at all where there is no WebGL: the view then says
 * so instead.
 */
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { DisplayGraph, PeopleGraphModel, PersonEdge, PersonNode } from "./model";
import { type GraphSurface, hasWebGL, pointerOf, type SurfaceEvents, type SurfaceFactory } from "./surface";
import type { GraphTheme } from "./theme";

type HoverDrawer = Settings<PersonNode, PersonEdge>["defaultDrawNodeHover"];

const LABEL_SIZE = 12;

/** sigma's own hover box (a rounded label beside the disc), in the theme's background and text colours. */
function hoverDrawer(theme: () => GraphTheme): HoverDrawer {
	return (context, data, settings) => {
		const { background, text, font } = theme();
		const size = settings.labelSize;
		context.font = `${settings.labelWeight} ${size}px ${font}`;
		context.fillStyle = background;
		context.shadowOffsetX = 0;
		context.shadowOffsetY = 0;
		context.shadowBlur = 8;
		context.shadowColor = "rgba(0, 0, 0, 0.35)";
		const padding = 2;
		const radius = Math.max(data.size, size / 2) + padding;
		context.beginPath();
		if (typeof data.label === "string") {
			const boxWidth = Math.round(context.measureText(data.label).width + 5);
			const boxHeight = Math.round(size + 2 * padding);
			const angle = Math.asin(Math.min(1, boxHeight / 2 / radius));
			const dx = Math.sqrt(Math.abs(radius * radius - (boxHeight / 2) * (boxHeight / 2)));
			context.moveTo(data.x + dx, data.y + boxHeight / 2);
			context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
			context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
			context.lineTo(data.x + dx, data.y - boxHeight / 2);
			context.arc(data.x, data.y, radius, angle, -angle);
		} else {
			context.arc(data.x, data.y, radius, 0, Math.PI * 2);
		}
		context.closePath();
		context.fill();
		context.shadowBlur = 0;
		if (typeof data.label === "string") {
			context.fillStyle = text;
			context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
		}
	};
}

/** Everyone's name in a small graph; in a large one only the bigger people's (sigma still keeps labels apart). */
function labelThreshold(graph: DisplayGraph): number {
	return graph.order > 300 ? 6 : 0;
}

export const createSigmaSurface: SurfaceFactory = async (container: HTMLElement, model: PeopleGraphModel, initialTheme: GraphTheme, events: SurfaceEvents): Promise<GraphSurface | null> => {
	if (!hasWebGL()) return null;
	let SigmaClass: typeof Sigma;
	try {
		SigmaClass = (await import("sigma")).default;
	} catch (e) {
		console.error("Active Network: the graph renderer could not load", e);
		return null;
	}
	// Setting sigma up draws the first frame: a task of its own, after the one that built the graph.
	await new Promise((resolve) => window.setTimeout(resolve, 0));
	if (!container.isConnected) return null;
	let theme = initialTheme;
	const large = model.graph.size > 3000;
	let renderer: Sigma<PersonNode, PersonEdge>;
	try {
		renderer = new SigmaClass<PersonNode, PersonEdge>(model.graph, container, {
			allowInvalidContainer: true,
			zIndex: true,
			labelSize: LABEL_SIZE,
			labelFont: theme.font,
			labelColor: { color: theme.text },
			labelDensity: 0.5,
			labelRenderedSizeThreshold: labelThreshold(model.graph),
			hideEdgesOnMove: large,
			minCameraRatio: 0.02,
			maxCameraRatio: 4,
			defaultDrawNodeHover: hoverDrawer(() => theme),
			// sigma 3 takes what a reducer returns as the whole display data: the look goes over the attributes.
			nodeReducer: (node, attributes) => ({ ...attributes, ...model.nodeLook(node) }),
			edgeReducer: (edge, attributes) => ({ ...attributes, ...model.edgeLook(edge) }),
		});
	} catch (e) {
		console.error("Active Network: the graph renderer could not start", e);
		return null;
	}
	renderer.on("enterNode", ({ node }) => events.hover(node));
	renderer.on("leaveNode", () => events.hover(null));
	renderer.on("clickNode", ({ node, event }) => {
		const { evt, touch } = pointerOf(event.original);
		events.click(node, evt, touch);
	});
	renderer.on("clickStage", () => events.clickStage());
	return {
		setGraph(graph: DisplayGraph) {
			renderer.setSetting("labelRenderedSizeThreshold", labelThreshold(graph));
			renderer.setGraph(graph);
		},
		refresh() {
			renderer.refresh({ skipIndexation: true, schedule: true });
		},
		resize() {
			renderer.resize();
			renderer.refresh({ schedule: true });
		},
		setTheme(next: GraphTheme) {
			theme = next;
			renderer.setSetting("labelColor", { color: next.text });
			renderer.setSetting("labelFont", next.font);
		},
		kill() {
			// sigma's kill() loses each layer's WebGL context (WEBGL_lose_context) and removes its canvases.
			renderer.kill();
		},
	};
};
