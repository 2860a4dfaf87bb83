/** The links (wiki-links and Markdown links) and the inline tags in one line of visible text. */
import { exact } from "./collections";
import { shared } from "./kept-strings";
import { markdownLinkPath, wikiLinkPath } from "./links";

const TAG = /(?:^|[\s(,;])#([^\s#!@$%^&*()+=,.?":;{}|<>[\]\\'`~]+)/g;

/** Wiki-links and Markdown links in one line of visible text, in order. */
export function linksInLine(text: string): { target: string; embed: boolean }[] {
	return linksAt(text).map(({ target, embed }) => ({ target, embed }));
}

/** A link found in a line, with the offset it starts at (for the order of wiki- and Markdown links). */
export interface LinkAt {
	target: string;
	embed: boolean;
	at: number;
}

/** linksInLine with each link's offset kept: the index reads these, without a copy of every link made. */
export function linksAt(text: string): LinkAt[] {
	const out: LinkAt[] = [];
	let i = 0;
	for (;;) {
		const open = text.indexOf("[[", i);
		if (open < 0) break;
		const close = text.indexOf("]]", open + 2);
		if (close < 0) break;
		const start = text.lastIndexOf("[[", close - 1);
		const inner = text.slice(start + 2, close);
		const target = wikiLinkPath(inner);
		if (target !== "" && !inner.includes("\n")) out.push({ target, embed: text[start - 1] === "!", at: start });
		i = close + 2;
	}
	if (text.includes("](")) {
		let j = 0;
		for (;;) {
			const mid = text.indexOf("](", j);
			if (mid < 0) break;
			const end = text.indexOf(")", mid + 2);
			if (end < 0) break;
			// The text is opened after the previous link ended: searching only there keeps the scan linear.
			let open = mid - 1;
			while (open >= j && text[open] !== "[") open--;
			const opened = open >= j;
			j = end + 1;
			if (!opened || text[open - 1] === "[" || text.slice(open, mid).includes("]")) continue;
			const target = markdownLinkPath(text.slice(mid + 2, end));
			if (target !== null) out.push({ target, embed: text[open - 1] === "!", at: open });
		}
		out.sort((a, b) => a.at - b.at);
	}
	return out;
}

const NO_TAGS = Object.freeze([]) as unknown as string[];

/** Inline tags (`#people/family`), lower-cased, without `#`. Purely numeric tags are not tags. */
export function tagsInLine(text: string): string[] {
	if (!text.includes("#")) return NO_TAGS;
	const out: string[] = [];
	TAG.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = TAG.exec(text)) !== null) {
		const raw = m[1] ?? "";
		// Trailing slashes dropped in a loop: `/\/+$/` is quadratic on a tag made of many slashes.
		let end = raw.length;
		while (end > 0 && raw[end - 1] === "/") end--;
		const tag = raw.slice(0, end);
		if (tag !== "" && !/^[\d/]+$/.test(tag)) out.push(shared(tag.toLowerCase()));
	}
	return exact(out);
}
