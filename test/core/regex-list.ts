/**
 * Every regular expression in src, listed by hand: regex-safety.test.ts fails when one is added, changed or
 * removed without updating this list (so no regex goes unjudged), and has the ReDoS checker judge each.
 * The hand-made worst cases are what `npm run bench -- --growth` times (test/bench/growth.ts).
 */

export interface Entry {
	/** The file under src/ that holds the literal. */
	file: string;
	re: RegExp;
	/** Hand-made worst cases: [prefix, unit repeated to the length, suffix]. */
	worst?: [string, string, string][];
}

/** Every regex literal in src, by file, in file order (a literal used twice is listed twice). */
export const REGEXES: Entry[] = [
	{ file: "cli/args.ts", re: /^\d+$/ },
	{ file: "core/cadence.ts", re: /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i },
	{ file: "core/cadence.ts", re: /^(?:every )?(\d+)? ?([a-z]+)$/, worst: [["every ","1"," !"],["","a","1"],["every 1 ","a","1"]] },
	{ file: "core/cadence.ts", re: /\s+/g },
	{ file: "core/cadence.ts", re: /^\d+$/ },
	{ file: "core/cadence.ts", re: /^every / },
	{ file: "core/cadence.ts", re: /[\s-]/g },
	{ file: "core/dates.ts", re: /^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]$/, worst: [["[[","a","]"],["[[a","|","]]x"],["[[a|","#","]"]] },
	{ file: "core/dates.ts", re: /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, worst: [["2026-11-25T10:00:00.","1","x"]] },
	{ file: "core/dates.ts", re: /(\d)(st|nd|rd|th)\b/g },
	{ file: "core/export.ts", re: /\\/g },
	{ file: "core/export.ts", re: /"/g },
	{ file: "core/export.ts", re: /\r?\n/g },
	// eslint-disable-next-line no-control-regex -- as in the source
	{ file: "core/export.ts", re: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g },
	{ file: "core/export.ts", re: /&/g },
	{ file: "core/export.ts", re: /</g },
	{ file: "core/export.ts", re: />/g },
	{ file: "core/export.ts", re: /"/g },
	{ file: "core/export.ts", re: /'/g },
	{ file: "core/frontmatter.ts", re: /^---[ \t]*\r?\n/, worst: [["---"," ","x"]] },
	{ file: "core/frontmatter.ts", re: /^(?:---|\.\.\.)[ \t]*$/, worst: [["---","\t","x"]] },
	{ file: "core/frontmatter.ts", re: /\r$/ },
	{ file: "core/frontmatter.ts", re: /\r?\n$/, worst: [["","\r\n","x"],["","\r","\rx"]] },
	{ file: "core/frontmatter.ts", re: /[\s_-]+/g },
	{ file: "core/frontmatter.ts", re: /^(?:"([^"]+)"\s*|'([^']+)'\s*|([^\s#:'"-][^:]*)):(?:\s|$)/, worst: [["a"," ","x"],["\"","a","x"],["a"," \t","x:x"],["'a'"," ","x"],["\"a\""," ",":x"],["a"," ",":x"]] },
	{ file: "core/intro.ts", re: /^\[\[|\]\]$/g },
	{ file: "core/intro.ts", re: /[^\p{L}\p{N}]+/u },
	{ file: "core/intro.ts", re: /\s+/ },
	{ file: "core/intro.ts", re: /\s+/ },
	{ file: "core/intro.ts", re: /\s+/ },
	{ file: "core/line-links.ts", re: /(?:^|[\s(,;])#([^\s#!@$%^&*()+=,.?":;{}|<>[\]\\'`~]+)/g, worst: [[""," #a","!"],["#","a","!"],["","(#","x"]] },
	{ file: "core/line-links.ts", re: /^[\d/]+$/, worst: [["1","/","a"]] },
	{ file: "core/links.ts", re: /\s"/, worst: [[""," ","x"]] },
	{ file: "core/links.ts", re: /^[a-z][a-z0-9+.-]*:/i, worst: [["a","a","!"]] },
	{ file: "core/links.ts", re: /^\/+/ },
	{ file: "core/markdown-lines.ts", re: /^#+/ },
	{ file: "core/markdown-lines.ts", re: /\s+/g },
	{ file: "core/markdown-lines.ts", re: /[\r\n]+/, worst: [["","\r\n","x"]] },
	{ file: "core/markdown-lines.ts", re: /[\r\u2028\u2029]/ },
	{ file: "core/markdown-lines.ts", re: /^(?:[ \t]{0,3}>[ \t]?)*/, worst: [[">","  >","x"],[""," >  ","x"],["",">"," \t x"]] },
	{ file: "core/markdown-lines.ts", re: /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/, worst: [[" "," ","- [x"],["- "," ","x"],["1."," \t","[x"]] },
	{ file: "core/markdown-lines.ts", re: /[A-Za-z0-9-]/ },
	{ file: "core/markdown.ts", re: /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, worst: [[" "," ","x"],["1"," ","x"],["- "," \t","x"]] },
	{ file: "core/markdown.ts", re: /^\[(.)\](?:[ \t]+|$)/ },
	{ file: "core/markdown.ts", re: /^(\*\*|__)?(\[\[)?(\d{4}-\d{2}-\d{2})(\|[^\]\n]{0,200})?(\]\])?(\*\*|__)?(?=$|[\s:,.;)\u2013\u2014-])/, worst: [["**[[2026-11-25|","a","x"],["","**","x"]] },
	{ file: "core/markdown.ts", re: /^[\s:,.;\u2013\u2014-]+/ },
	{ file: "core/markdown.ts", re: /^[ \t]{0,3}>/ },
	{ file: "core/markdown.ts", re: /^(?:[ \t]{0,3}>[ \t]?)+/, worst: [[">","  >","x"],[""," >  ","x"]] },
	{ file: "core/new-notes.ts", re: /[\\/:*?"<>|#^[\]]/g },
	{ file: "core/new-notes.ts", re: /\s+/g },
	{ file: "core/new-notes.ts", re: /^\.+/ },
	{ file: "core/new-notes.ts", re: /^[A-Za-z][A-Za-z0-9 _./-]*$/, worst: [["a"," ","!"]] },
	{ file: "core/new-notes.ts", re: /^(true|false|yes|no|null|on|off|~)$/i },
	{ file: "core/new-notes.ts", re: /^#+/ },
	{ file: "core/note-date.ts", re: /^(\d{4}-\d{2}-\d{2})(?!\d)/ },
	{ file: "core/note-edits.ts", re: /^[ \t]*[-*+][ \t]*$/, worst: [[" "," ","-x"],["-"," ","x"]] },
	{ file: "core/note-edits.ts", re: /^#+/ },
	{ file: "core/note-edits.ts", re: /\r?\n[ \t]*\r?\n$/, worst: [["","\n \r","x"],["","\n"," x"]] },
	{ file: "core/note.ts", re: /^\[\[([^\]]*)\]\]$/, worst: [["[[","a","]"],["[[","[[","x"]] },
	{ file: "core/note.ts", re: /[\s,]+/ },
	{ file: "core/people.ts", re: /^(?:--)?(\d{2})-(\d{2})$/, worst: [["--","1","x"]] },
	{ file: "core/people.ts", re: /[#|[\]]/ },
	// eslint-disable-next-line no-control-regex -- as in the source
	{ file: "core/report/table.ts", re: /[\u0000-\u001f\u007f]/g },
	{ file: "core/settings.ts", re: /^#/ },
	{ file: "core/task-text.ts", re: /(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}|\u2705|\u23F3|\u{1F6EB}|\u2795)\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/gu },
	{ file: "core/task-text.ts", re: /[[(](?:due|completion|scheduled|start|created)::[^[\]()]*[\])]/g },
	{ file: "core/task-text.ts", re: /(^|\s)#(?:waiting|intro|gave|got)(?=$|\s)/gi },
	{ file: "core/task-text.ts", re: /(\*\*?)([^\s*](?:[^*]*[^\s*])?)\1/g },
	{ file: "core/task-text.ts", re: /\s+/g },
	{ file: "core/vcard/template.ts", re: /\{\{(title|date|time)(?::([^{}\n]*))?\}\}/gi, worst: [["{{date:","a","}"],["{{date:","{","x"]] },
	{ file: "core/visible-text.ts", re: /^[ \t]{0,3}(`{3,}|~{3,})/ },
	{ file: "obsidian/actions.ts", re: /^.*\// },
	{ file: "obsidian/actions.ts", re: /\.md$/i },
	{ file: "obsidian/graph/theme.ts", re: /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i },
	{ file: "obsidian/graph/theme.ts", re: /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i },
	{ file: "obsidian/settings-data.ts", re: /[\n,]/ },
	{ file: "obsidian/settings-data.ts", re: /^\d+$/ },
];

/** Characters the pattern mentions (escapes stand for a character of their class), plus a few always. */
export function alphabetOf(re: RegExp): string[] {
	const out = new Set<string>(["a", " ", "\n", "\u0000"]);
	const body = re.source;
	for (let i = 0; i < body.length; i++) {
		const c = body[i] as string;
		if (c !== "\\") {
			if (c === ".") out.add("x");
			else if (!"^$()|?*+{}".includes(c)) out.add(c);
			continue;
		}
		const e = body[++i] ?? "";
		if (e === "s" || e === "S") ["\t", " ", "\u00a0", "\r"].forEach((x) => out.add(x));
		else if (e === "d" || e === "D") out.add("1");
		else if (e === "w" || e === "W") ["_", "Z", "!"].forEach((x) => out.add(x));
		else if (e === "t") out.add("\t");
		else if (e === "n") out.add("\n");
		else if (e === "r") out.add("\r");
		else if (e === "p" || e === "P") {
			["é", "7", "-"].forEach((x) => out.add(x));
			i = body.indexOf("}", i);
		} else if (e === "u" && body[i + 1] === "{") {
			const end = body.indexOf("}", i);
			out.add(String.fromCodePoint(parseInt(body.slice(i + 2, end), 16)));
			i = end;
		} else if (e === "u") {
			out.add(String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16)));
			i += 4;
		} else if (e !== "b" && e !== "B") out.add(e);
	}
	return [...out];
}
