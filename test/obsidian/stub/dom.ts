/**
 * The DOM helpers Obsidian adds to the browser's prototypes (createEl, setText, addClass, isShown...),
 * for plugin tests under happy-dom. Text always goes in as text (textContent), as in Obsidian.
 */

type Info = {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	parent?: Node;
	value?: string;
	type?: string;
	placeholder?: string;
};

function classes(c: string | string[] | undefined): string[] {
	if (c === undefined) return [];
	return (Array.isArray(c) ? c : [c]).flatMap((x) => x.split(/\s+/)).filter((x) => x !== "");
}

function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? "" : String(value));
}

function setText(el: Node, v: string | DocumentFragment): void {
	if (typeof v === "string") el.textContent = v;
	else {
		el.textContent = "";
		el.appendChild(v);
	}
}

function make(parent: Node | null, tag: string, o?: Info | string, cb?: (el: HTMLElement) => void): HTMLElement {
	const info: Info = typeof o === "string" ? { cls: o } : (o ?? {});
	const doc: { createElement(tag: string): HTMLElement } = document;
	const el = doc.createElement(tag);
	el.classList.add(...classes(info.cls));
	if (info.text !== undefined) setText(el, info.text);
	for (const [k, v] of Object.entries(info.attr ?? {})) setAttr(el, k, v);
	if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	const host = info.parent ?? parent;
	host?.appendChild(el);
	cb?.(el);
	return el;
}

let installed = false;

export function installDomHelpers(): void {
	if (installed || typeof document === "undefined" || typeof Node === "undefined") return;
	installed = true;
	const node = Node.prototype as unknown as Record<string, unknown>;
	node.createEl = function (this: Node, tag: string, o?: Info | string, cb?: (el: HTMLElement) => void) {
		return make(this, tag, o, cb);
	};
	node.createDiv = function (this: Node, o?: Info | string, cb?: (el: HTMLElement) => void) {
		return make(this, "div", o, cb);
	};
	node.createSpan = function (this: Node, o?: Info | string, cb?: (el: HTMLElement) => void) {
		return make(this, "span", o, cb);
	};
	// SVG elements, in the SVG namespace (Obsidian's createSvg): classes and attributes, never markup.
	node.createSvg = function (this: Node, tag: string, o?: Info | string, cb?: (el: SVGElement) => void) {
		const info: Info = typeof o === "string" ? { cls: o } : (o ?? {});
		const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
		el.classList.add(...classes(info.cls));
		for (const [k, v] of Object.entries(info.attr ?? {})) setAttr(el, k, v);
		if (info.text !== undefined) setText(el, info.text);
		(info.parent ?? this).appendChild(el);
		cb?.(el);
		return el;
	};
	node.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	node.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	node.setText = function (this: Node, v: string | DocumentFragment) {
		setText(this, v);
	};
	node.instanceOf = function (this: Node, type: abstract new () => unknown) {
		return Object.prototype.isPrototypeOf.call(type.prototype, this);
	};
	// Obsidian's `el.win`: the window an element lives in (popouts have their own).
	Object.defineProperty(Node.prototype, "win", {
		configurable: true,
		get(this: Node) {
			return (this.ownerDocument ?? document).defaultView ?? window;
		},
	});
	const element = Element.prototype as unknown as Record<string, unknown>;
	element.addClass = function (this: Element, ...c: string[]) {
		this.classList.add(...classes(c));
	};
	element.toggleClass = function (this: Element, c: string | string[], value: boolean) {
		for (const x of classes(c)) this.classList.toggle(x, value);
	};
	element.hasClass = function (this: Element, c: string) {
		return this.classList.contains(c);
	};
	element.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		setAttr(this, name, value);
	};
	element.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	};
	const html = HTMLElement.prototype as unknown as Record<string, unknown>;
	// Attached to the document, and no ancestor hidden with `display: none` or `hidden`.
	html.isShown = function (this: HTMLElement) {
		if (!this.isConnected || this.hidden || this.style.display === "none") return false;
		for (let el = this.parentElement; el; el = el.parentElement) {
			if (el.hidden || el.style.display === "none") return false;
		}
		return true;
	};
	// Obsidian hides with `display: none`; the stub uses `hidden`, which isShown reads the same way.
	html.show = function (this: HTMLElement) {
		this.hidden = false;
	};
	html.hide = function (this: HTMLElement) {
		this.hidden = true;
	};
	html.toggle = function (this: HTMLElement, show: boolean) {
		this.hidden = !show;
	};
	// Under happy-dom, `window` is the global object: these become the globals Obsidian defines.
	const g = window as unknown as Record<string, unknown>;
	g.createEl = (tag: string, o?: Info | string, cb?: (el: HTMLElement) => void) => make(null, tag, o, cb);
	g.createDiv = (o?: Info | string, cb?: (el: HTMLElement) => void) => make(null, "div", o, cb);
	g.createSpan = (o?: Info | string, cb?: (el: HTMLElement) => void) => make(null, "span", o, cb);
	g.createFragment = (cb?: (f: DocumentFragment) => void) => {
		const doc: { createDocumentFragment(): DocumentFragment } = document;
		const f = doc.createDocumentFragment();
		cb?.(f);
		return f;
	};
}
