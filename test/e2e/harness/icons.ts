/**
 * Icons, as Obsidian draws them: the stub's `setIcon` only records the icon's name in `data-icon`, so the
 * harness turns every such element into a Lucide SVG (Obsidian's icon set), and keeps doing so for
 * elements added later.
 */
import { icons } from "lucide";

const SVG = "http://www.w3.org/2000/svg";

function pascal(name: string): string {
	return name.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

/** An `<svg class="svg-icon lucide-NAME">`, or null when Lucide has no icon by that name. */
export function iconSvg(name: string): SVGSVGElement | null {
	const node = (icons as Record<string, [string, Record<string, string | number | undefined>][]>)[pascal(name)];
	if (!node) return null;
	const svg = document.createElementNS(SVG, "svg");
	const attrs: Record<string, string> = {
		xmlns: SVG,
		width: "24",
		height: "24",
		viewBox: "0 0 24 24",
		fill: "none",
		stroke: "currentColor",
		"stroke-width": "2",
		"stroke-linecap": "round",
		"stroke-linejoin": "round",
		class: `svg-icon lucide-${name}`,
	};
	for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, v);
	for (const [tag, a] of node) {
		const child = document.createElementNS(SVG, tag);
		for (const [k, v] of Object.entries(a)) if (v !== undefined) child.setAttribute(k, String(v));
		svg.appendChild(child);
	}
	return svg;
}

function draw(el: Element): void {
	const name = el.getAttribute("data-icon");
	if (!name || el.getAttribute("data-icon-drawn") === name) return;
	el.querySelector(":scope > svg.svg-icon")?.remove();
	const svg = iconSvg(name);
	if (!svg) return;
	el.insertBefore(svg, el.firstChild);
	el.setAttribute("data-icon-drawn", name);
}

function drawAll(root: Element): void {
	if (root.hasAttribute("data-icon")) draw(root);
	root.querySelectorAll("[data-icon]").forEach(draw);
}

/** Draws the icons now and whenever an element with `data-icon` appears or changes. */
export function installIcons(root: HTMLElement = document.body): void {
	drawAll(root);
	new MutationObserver((records) => {
		for (const r of records) {
			if (r.type === "attributes" && r.target.instanceOf(Element)) draw(r.target);
			for (const n of r.addedNodes) if (n.instanceOf(Element)) drawAll(n);
		}
	}).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-icon"] });
}
