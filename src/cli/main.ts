/** Entry point of the `active-network` command. */
import { stopQuietlyOnClosedPipe } from "./pipe";
import { run } from "./run";

stopQuietlyOnClosedPipe(process.stdout, () => process.exit(process.exitCode ?? 0));

const code = run(process.argv.slice(2), {
	out: (s) => process.stdout.write(s),
	err: (s) => process.stderr.write(s),
	errIsTTY: Boolean(process.stderr.isTTY),
	now: () => new Date(),
	// Under `npm run cli` npm runs from the package root; INIT_CWD is where the user typed the command.
	cwd: process.env.INIT_CWD || process.cwd(),
	columns: process.stdout.isTTY ? process.stdout.columns : undefined,
	// https://no-color.org: any NO_COLOR turns colour off; JSON never has any (run.ts).
	colour: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
});
process.exitCode = code;
