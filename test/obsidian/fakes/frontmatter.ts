/**
 * What `FileManager.processFrontMatter` does, for the fake writer: a real YAML edit of the keys `fn`
 * changed, one line each, every other byte left as it was. (Obsidian re-serialises the whole block; a
 * harsher fake can replace this function alone.)
 */
import { CORE_SCHEMA, dump, load } from "js-yaml";

const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA, json: true });
const stringifyYaml = (v: unknown): string => dump(v, { schema: CORE_SCHEMA, lineWidth: -1 });


function lineBreak(text: string): string {
	const nl = text.indexOf("\n");
	return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

function yamlValue(v: unknown): string {
	if (v !== null && typeof v === "object") return JSON.stringify(v);
	return stringifyYaml(v).replace(/\r?\n$/, "");
}

/** Edits the frontmatter keys `fn` changed, one line each, leaving every other byte as it was. */
export function editFrontmatter(text: string, fn: (fm: Record<string, unknown>) => void): string {
	const eol = lineBreak(text);
	const bom = text.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
	const body = text.slice(bom.length);
	const open = /^---[ \t]*\r?\n/.exec(body);
	let yamlStart = -1;
	let yamlEnd = -1;
	if (open) {
		yamlStart = open[0].length;
		let pos = yamlStart;
		while (pos <= body.length) {
			let end = body.indexOf("\n", pos);
			if (end < 0) end = body.length;
			if (/^(?:---|\.\.\.)[ \t]*\r?$/.test(body.slice(pos, end))) {
				yamlEnd = pos;
				break;
			}
			if (end >= body.length) break;
			pos = end + 1;
		}
	}
	const hasBlock = yamlEnd >= 0;
	const yamlText = hasBlock ? body.slice(yamlStart, yamlEnd) : "";
	const parsed: unknown = yamlText.trim() === "" ? {} : parseYaml(yamlText);
	const before = (parsed && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
	const fm = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
	fn(fm);
	let yaml = yamlText;
	const keys = new Set([...Object.keys(before), ...Object.keys(fm)]);
	for (const key of keys) {
		if (JSON.stringify(before[key]) === JSON.stringify(fm[key])) continue;
		const lines = yaml.split("\n");
		const at = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
		let to = at + 1;
		while (at >= 0 && to < lines.length && /^(?:[ \t]+\S|- )/.test(lines[to] as string)) to++;
		const cr = at >= 0 && (lines[at] as string).endsWith("\r") ? "\r" : eol === "\r\n" ? "\r" : "";
		const line = `${key}: ${yamlValue(fm[key])}${cr}`;
		if (!(key in fm)) lines.splice(at, to - at);
		else if (at >= 0) lines.splice(at, to - at, line);
		else if (lines.length > 0 && lines[lines.length - 1] === "") lines.splice(lines.length - 1, 0, line);
		else lines.push(line);
		yaml = lines.join("\n");
	}
	if (hasBlock) return bom + body.slice(0, yamlStart) + yaml + body.slice(yamlEnd);
	return `${bom}---${eol}${yaml}---${eol}${body}`;
}
