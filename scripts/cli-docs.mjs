// `node scripts/cli-docs.mjs`: writes docs/cli.md from the command's own help output (help, and
// <command> --help for each command it lists), so the page never drifts from what the command prints.
// test/cli/grammar.test.ts fails when docs/cli.md no longer holds exactly that text.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const help = (...args) => execFileSync(process.execPath, [join(root, "scripts", "cli.mjs"), ...args], { encoding: "utf8" }).trimEnd();
const block = (text) => `\`\`\`text\n${text}\n\`\`\``;

const general = help("help");
const lines = general.split("\n");
const from = lines.indexOf("commands:") + 1;
const commands = [];
for (const line of lines.slice(from)) {
	if (line.trim() === "") break;
	if (line.startsWith("  ") && line[2] !== " ") commands.push(line.trim().split(" ")[0]);
}

const page = `# The \`active-network\` command

The same core that runs inside Obsidian also runs from a terminal, on a vault folder: for scripts, cron
jobs, checks in CI, or a quick look without opening Obsidian. It only reads your notes, except
\`import-vcard --write\`, which creates person notes and adds frontmatter keys (never overwriting a note or
changing a byte outside the keys it adds), and \`--out FILE\`, which writes the file you name.

## Running it

From a checkout of this repository (after \`npm ci\`):

\`\`\`sh
npm run cli -- people ~/Notes          # a vault folder
cd ~/Notes && npm --prefix /path/to/active-network run cli -- cold   # the folder you are in
\`\`\`

\`npm run cli\` builds \`dist/cli.cjs\` the first time (and again only after the source changed), then
runs it; build errors are printed. Without a vault, the command reads the folder you ran it from.

To have \`active-network\` on your PATH, run \`npm run build && npm link\` in the checkout (undo with
\`npm unlink -g active-network\`), then:

\`\`\`sh
active-network touchpoints ~/Notes --limit 5
active-network intro "Maya Lopez" Jonas ~/Notes
active-network promises --json | jq '.[] | select(.overdue)'
\`\`\`

Settings come from the vault's own plugin settings (\`.obsidian/plugins/active-network/data.json\`) when
the plugin has saved them, else the defaults; the templates folder comes from Obsidian's Templates
settings. With \`--json\` the command prints exactly one JSON value (paths vault-relative with \`/\`,
dates \`YYYY-MM-DD\`); without it, text for a person, in colour only on a terminal and never when the
\`NO_COLOR\` environment variable is set.

## \`active-network help\`

${block(general)}

${commands.map((c) => `## \`active-network ${c} --help\`\n\n${block(help(c, "--help"))}`).join("\n\n")}
`;
writeFileSync(join(root, "docs", "cli.md"), page);
process.stdout.write(`docs/cli.md: help and ${commands.length} commands\n`);
