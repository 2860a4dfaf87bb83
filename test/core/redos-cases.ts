/**
 * Adversarial lines for the note scanner, up to 400,000 characters each: every scan of a note is linear in
 * its length (markdown.ts says no regular expression or loop there can backtrack into quadratic time).
 * test/core/redos.test.ts checks what each one yields; `npm run bench -- --growth` times them.
 */
export const N = 100_000;
export const CASES: [string, string][] = [
	["unclosed wiki-links", `- ${"[[".repeat(N * 2)}`],
	["wiki-links closing far away", `- ${"[[a".repeat(N)}${"]]".repeat(10)}`],
	["Markdown link ends without openings", `- [${"](a)".repeat(N)}`],
	["Markdown link openings without ends", `- [x${"](".repeat(N * 2)}`],
	["brackets and parentheses", `- ${"[a](".repeat(N)}`],
	["backticks of growing runs", `- ${Array.from({ length: 400 }, (_, i) => "`".repeat(i + 1)).join("a")}`],
	["comment markers", `- ${"%%a".repeat(N)}`],
	["hashes", `- ${"#a#".repeat(N)}`],
	["spaces then no bullet", `${" \t".repeat(N * 2)}x`],
	["quote markers", `${"> ".repeat(N * 2)}[[A]]`],
	["due fields never closed", `- [ ] ${"[due:: ".repeat(N / 2)}`],
	["done markers", `- [x] ${"✅ 2026-11-2".repeat(N / 3)}`],
	["bold dates", `- ${"**2026-11-20".repeat(N / 4)}`],
	["many lines with links", Array.from({ length: N / 5 }, (_, i) => `- 2026-11-20 [[P${i}]] #gave`).join("\n")],
	["frontmatter keys with long values", `---\n${Array.from({ length: 200 }, (_, i) => `k${i}: ${"v ".repeat(200)}`).join("\n")}\n---\n`],
];
