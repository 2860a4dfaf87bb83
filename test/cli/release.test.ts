/**
 * Releases as Obsidian and BRAT expect: manifest.json complete at the repository root, versions.json
 * in step, `npm version` tags without a "v", version-bump.mjs copying the version, and the workflow
 * checking the tag and attaching the three files.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (f: string) => readFileSync(join(ROOT, f), "utf8");
const manifest = JSON.parse(read("manifest.json")) as Record<string, unknown>;

describe("release", () => {
	it("manifest.json has every field Obsidian and BRAT read", () => {
		for (const key of ["id", "name", "version", "minAppVersion", "description", "author", "isDesktopOnly"]) expect(manifest, key).toHaveProperty(key);
		expect(manifest.id).toBe("active-network");
		expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect((JSON.parse(read("versions.json")) as Record<string, string>)[manifest.version as string]).toBe(manifest.minAppVersion);
		expect((JSON.parse(read("package.json")) as { version: string }).version).toBe(manifest.version);
	});

	it("npm version tags without a v, and runs version-bump.mjs", () => {
		expect(read(".npmrc")).toContain('tag-version-prefix=""');
		expect((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts.version).toBe("node version-bump.mjs && git add manifest.json versions.json");
	});

	it("version-bump.mjs copies the version into manifest.json and versions.json", () => {
		const dir = mkdtempSync(join(tmpdir(), "an-bump-"));
		try {
			for (const f of ["manifest.json", "versions.json", "version-bump.mjs"]) copyFileSync(join(ROOT, f), join(dir, f));
			execFileSync(process.execPath, ["version-bump.mjs"], { cwd: dir, env: { ...process.env, npm_package_version: "9.8.7" } });
			const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
			expect(m).toEqual({ ...manifest, version: "9.8.7" });
			const v = JSON.parse(readFileSync(join(dir, "versions.json"), "utf8")) as Record<string, string>;
			expect(v["9.8.7"]).toBe(manifest.minAppVersion);
			expect(v[manifest.version as string]).toBe(manifest.minAppVersion);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("the workflow checks the tag against the manifest, runs the checks and attaches the three files", () => {
		const wf = read(".github/workflows/release.yml");
		expect(wf).toContain('if [ "$tag" != "$manifest" ]');
		for (const step of ["npm ci", "npm run lint", "npm run typecheck", "npm test", "npm run build"]) expect(wf).toContain(`- run: ${step}`);
		expect(wf).toContain('gh release create "$GITHUB_REF_NAME" main.js manifest.json styles.css');
	});
});
