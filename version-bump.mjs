// `npm version patch|minor|major` runs this (package.json "version" script) after bumping package.json:
// manifest.json gets the same version, and versions.json records which Obsidian version it needs, as
// Obsidian's plugin directory and BRAT expect. The script's caller stages both files for the tag commit.
import { readFileSync, writeFileSync } from "node:fs";

const version = process.env.npm_package_version ?? JSON.parse(readFileSync("package.json", "utf8")).version;
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = version;
writeFileSync("manifest.json", `${JSON.stringify(manifest, null, "\t")}\n`);

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[version] = minAppVersion;
writeFileSync("versions.json", `${JSON.stringify(versions, null, "\t")}\n`);
