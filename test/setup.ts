/**
 * Runs before every test file. In CI (CI=true) every property test draws from one fixed seed, so a CI run
 * is reproducible and never fails by the luck of the draw; locally each run draws a new seed, which finds
 * new cases over time (a failure prints the seed that replays it: FC_SEED=<seed>).
 */
import fc from "fast-check";

if (process.env.CI && !process.env.FC_SEED) process.env.FC_SEED = "20261126";
if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
