/**
 * A note drawn as Obsidian's reading view, so the screenshots look like Obsidian: the note's name as
 * the inline title, its frontmatter as a properties block, and the body rendered by markdown-it
 * (headings, lists, task checkboxes, quotes, code), with `[[links]]` and `#tags` styled as Obsidian
 * styles them. markdown-it's token stream is walked into DOM elements here: no HTML string is ever
 * parsed, so the note's text reaches the page only as text.
 */
import yaml from "js-yaml";
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: false });

/** `[[target|shown]]`, `#tag`: the two inline forms markdown-it does not know. */
const INLINE = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|(?<![\w&])#([\p{L}\p{N}_/-]+)/gu;

function inlineText(parent: HTMLElement, text: string): void {
	let last = 0;
	for (const m of text.matchAll(INLINE)) {
		const at = m.index ?? 0;
		if (at > last) parent.appendChild(document.createTextNode(text.slice(last, at)));
		if (m[3] !== undefined) parent.createEl("a", { cls: "tag", text: `#${m[3]}`, attr: { href: `#${m[3]}` } });
		else {
			const target = (m[1] ?? "").trim();
			const shown = m[2] ?? target.replace(/#\^?/, " > ");
			parent.createEl("a", { cls: "internal-link", text: shown, attr: { "data-href": target, href: target } });
		}
		last = at + m[0].length;
	}
	if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
}

function renderInline(parent: HTMLElement, tokens: Token[]): void {
	const stack: HTMLElement[] = [parent];
	const top = () => stack[stack.length - 1] ?? parent;
	for (const t of tokens) {
		if (t.type === "text") inlineText(top(), t.content);
		else if (t.type === "softbreak") top().appendChild(document.createTextNode(" "));
		else if (t.type === "hardbreak") top().createEl("br");
		else if (t.type === "code_inline") top().createEl("code", { text: t.content });
		else if (t.type === "image") top().createSpan({ cls: "an-harness-embed", text: t.content || "image" });
		else if (t.type === "html_inline") top().appendChild(document.createTextNode(t.content));
		else if (t.nesting === 1) {
			const href = String(t.attrGet("href") ?? "");
			const external = t.tag === "a" && /^[a-z]+:/i.test(href);
			const cls = t.tag === "a" ? (external ? "external-link" : "internal-link") : "";
			stack.push(top().createEl(t.tag as keyof HTMLElementTagNameMap, { cls, attr: t.tag === "a" ? { href } : {} }));
		} else if (t.nesting === -1) stack.pop();
	}
}

/** A list item starting with `[ ]`, `[x]`, `[/]`, `[-]` becomes a task with Obsidian's checkbox. */
function taskMark(inline: Token | undefined): string | null {
	const first = inline?.children?.[0];
	const m = first?.type === "text" ? /^\[([ xX/-])\] /.exec(first.content) : null;
	if (!m || !first) return null;
	first.content = first.content.slice(m[0].length);
	return m[1] ?? " ";
}

/** Draws a fenced block itself (the plugin's code block processor), or returns false for a plain <pre>. */
export type FenceHook = (lang: string, source: string, el: HTMLElement) => boolean;

function renderBody(parent: HTMLElement, text: string, fence?: FenceHook): void {
	const tokens = md.parse(text, {});
	const stack: HTMLElement[] = [parent];
	const top = () => stack[stack.length - 1] ?? parent;
	tokens.forEach((t, i) => {
		if (t.type === "inline") renderInline(top(), t.children ?? []);
		else if (t.type === "fence" && fence?.(t.info.trim(), t.content, top())) return;
		else if (t.type === "fence" || t.type === "code_block") top().createEl("pre").createEl("code", { text: t.content });
		else if (t.type === "hr") top().createEl("hr");
		else if (t.type === "html_block") top().createEl("p", { text: t.content });
		else if (t.nesting === 1 && t.hidden) stack.push(top());
		else if (t.nesting === 1) {
			const el = top().createEl(t.tag as keyof HTMLElementTagNameMap);
			if (t.type === "list_item_open") {
				const mark = taskMark(tokens[i + 2]);
				if (mark !== null) {
					el.addClass("task-list-item");
					el.setAttr("data-task", mark);
					if (mark !== " ") el.addClass("is-checked");
					const box = el.createEl("input", { cls: "task-list-item-checkbox", attr: { type: "checkbox" } });
					box.checked = mark !== " ";
				}
			}
			stack.push(el);
		} else if (t.nesting === -1) stack.pop();
	});
}

/** Frontmatter as Obsidian's properties block: one row a key, lists as pills, links as links. */
function renderProperties(parent: HTMLElement, source: string): void {
	let data: unknown;
	try {
		data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
	} catch {
		parent.createEl("pre", { cls: "frontmatter", text: source });
		return;
	}
	if (data === null || typeof data !== "object" || Array.isArray(data)) return;
	const box = parent.createDiv({ cls: "metadata-container" });
	box.createDiv({ cls: "metadata-properties-heading", text: "Properties" });
	const list = box.createDiv({ cls: "metadata-properties" });
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		const row = list.createDiv({ cls: "metadata-property", attr: { "data-property-key": key } });
		row.createDiv({ cls: "metadata-property-key", text: key });
		const cell = row.createDiv({ cls: "metadata-property-value" });
		const values = Array.isArray(value) ? value : [value];
		for (const v of values) {
			const text = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
			if (Array.isArray(value)) inlineText(cell.createDiv({ cls: "multi-select-pill" }), text);
			else inlineText(cell, text);
		}
	}
}

/** Draws `text`, the note at `path`, into `el` as a reading view. */
export function renderReadingView(el: HTMLElement, path: string, text: string, fence?: FenceHook): void {
	const view = el.createDiv({ cls: "markdown-reading-view" });
	const sizer = view.createDiv({ cls: "markdown-preview-view markdown-rendered" }).createDiv({ cls: "markdown-preview-sizer" });
	sizer.createDiv({ cls: "inline-title", text: path.replace(/^.*\//, "").replace(/\.md$/, "") });
	const fm = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (fm) renderProperties(sizer, fm[1] ?? "");
	renderBody(sizer, fm ? text.slice(fm[0].length) : text, fence);
}
