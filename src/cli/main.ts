/** Entry point of the `active-network` command. */
import { run } from "./run";

const code = run(process.argv.slice(2), {
	out: (s) => process.stdout.write(s),
	err: (s) => process.stderr.write(s),
	errIsTTY: Boolean(process.stderr.isTTY),
	now: () => new Date(),
	cwd: process.cwd(),
	columns: process.stdout.columns,
});
process.exitCode = code;
