// @vitest-environment happy-dom
/**
 * The vCard import in the plugin: the review modal (sections, checkboxes, problems), what is written
 * when the user imports (new notes, keys added byte for byte, chosen conflicts only), nothing on cancel,
 * never over a file, progress, the summary notice and one undo group for the whole import.
 */
import { afterEach, describe, expect, it } from "vitest";
import { newNoteText } from "../../src/core";
import type { ImportContactsModal } from "../../src/obsidian/contacts/import-modal";
import { UNDO_LABEL, writeImport } from "../../src/obsidian/contacts/import-write";
import { Notice } from "../obsidian-stub";
import { FakeVault } from "./fakes";
import { click, type Loaded, loadPlugin, tick, topModal, unload, VAULT } from "./harness";

let loaded: Loaded | null = null;
afterEach(() => {
	unload(loaded);
	loaded = null;
});

const card = (lines: string[]) => ["BEGIN:VCARD", "VERSION:3.0", ...lines, "END:VCARD", ""].join("\r\n");
const VCF = [
	card(["FN:Ana Silva", "EMAIL:ana@mail.example", "TEL:+351 911 000 111"]),
	card(["FN:Maya Lopez", "EMAIL:maya@mail.example"]),
	card(["FN:Sam Patel", "EMAIL:sam@new.example"]),
	card(["FN:Grace Kim"]),
	// No END: a problem with its card and line; the cards around it still import.
	"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Open Card\r\n",
].join("");

const SAM = "---\ntype: person\ncircle: clients\nemail: sam@old.example # work\n---\n## Log\n- 2026-11-20 lunch\n";
const FILES = { ...VAULT, "People/Sam Patel.md": SAM, "Contacts/cards.vcf": VCF };

/** Right-clicks the .vcf and chooses the import: the review modal. */
async function openReview(l: Loaded, path = "Contacts/cards.vcf"): Promise<ImportContactsModal> {
	const items = l.app.workspace.stubFileMenu(path);
	expect(items.map((i) => i.title)).toEqual(["Import contacts from vCard…"]);
	items[0]?.onClick();
	await tick();
	return topModal() as unknown as ImportContactsModal;
}

function section(m: ImportContactsModal, id: string): HTMLElement {
	const el = m.contentEl.querySelector<HTMLElement>(`[data-section="${id}"]`);
	if (!el) throw new Error(`no section ${id}`);
	return el;
}

function rows(m: ImportContactsModal, id: string) {
	return [...section(m, id).querySelectorAll("li")].map((li) => ({
		name: li.querySelector(".active-network-import-name")?.textContent ?? "",
		detail: li.querySelector(".active-network-import-detail")?.textContent ?? "",
		checked: li.querySelector<HTMLInputElement>("input[type=checkbox]")?.checked ?? null,
	}));
}

function button(m: ImportContactsModal, text: string): HTMLButtonElement {
	const b = [...m.contentEl.querySelectorAll("button")].find((x) => x.textContent === text);
	if (!b) throw new Error(`no button ${text}`);
	return b;
}

function tickBox(m: ImportContactsModal, id: string, name: string): void {
	const li = [...section(m, id).querySelectorAll("li")].find((x) => x.querySelector(".active-network-import-name")?.textContent === name);
	const box = li?.querySelector<HTMLInputElement>("input[type=checkbox]");
	if (!box) throw new Error(`no box for ${name}`);
	box.checked = !box.checked;
	box.dispatchEvent(new Event("change"));
}

/** Counts undo groups and checks every write happened inside one. */
function recordUndo(l: Loaded): { labels: string[]; outside: () => number } {
	const labels: string[] = [];
	let inside = 0;
	const count = () => l.app.vault.writes.length + l.app.vault.created.length;
	const start = count();
	l.plugin.undo = {
		group: async (label, action) => {
			labels.push(label);
			const before = count();
			const r = await action();
			inside += count() - before;
			return r;
		},
	};
	return { labels, outside: () => count() - start - inside };
}

async function importNow(m: ImportContactsModal): Promise<void> {
	click(button(m, "Import"));
	await tick();
	await tick();
}

describe("the review modal", () => {
	it("shows new, update, unchanged and conflicts, with what each would write; conflicts start unticked; problems have card and line", async () => {
		loaded = await loadPlugin(FILES);
		const m = await openReview(loaded);
		expect(rows(m, "new")).toEqual([
			{ name: "Ana Silva", detail: "People/Ana Silva.md: email: ana@mail.example; phone: +351 911 000 111", checked: true },
			{ name: "Open Card", detail: "People/Open Card.md: (no keys)", checked: true },
		]);
		expect(rows(m, "update")).toEqual([{ name: "Maya Lopez", detail: "People/Maya Lopez.md: email: maya@mail.example", checked: true }]);
		expect(rows(m, "unchanged")).toEqual([
			{ name: "Sam Patel", detail: "People/Sam Patel.md: nothing to add (1 conflict, below)", checked: null },
			{ name: "Grace Kim", detail: "People/Grace Kim.md: nothing to add", checked: null },
		]);
		expect(rows(m, "conflicts")).toEqual([{ name: "Sam Patel: email", detail: "note: sam@old.example / card: sam@new.example", checked: false }]);
		expect(m.contentEl.querySelector(".active-network-import-problems")?.textContent).toMatch(/Card 5, line \d+: .*no END:VCARD/);
	});

	it("writes nothing when cancelled", async () => {
		loaded = await loadPlugin(FILES);
		const m = await openReview(loaded);
		click(button(m, "Cancel"));
		await tick();
		expect(loaded.app.vault.writes).toEqual([]);
		expect(loaded.app.vault.created).toEqual([]);
	});

	it("imports what is ticked in one undo group: new notes, keys added without losing a byte, conflicts left; says so", async () => {
		loaded = await loadPlugin(FILES);
		const undo = recordUndo(loaded);
		const maya = loaded.app.vault.text("People/Maya Lopez.md") as string;
		const m = await openReview(loaded);
		tickBox(m, "new", "Open Card");
		await importNow(m);
		const v = loaded.app.vault;
		expect(v.created).toEqual(["People/Ana Silva.md"]);
		expect(v.text("People/Ana Silva.md")).toBe(newNoteText({ add: { email: "ana@mail.example", phone: "+351 911 000 111" }, contact: { note: null } }, { key: "type", value: "person" }));
		const after = v.text("People/Maya Lopez.md") as string;
		const at = maya.indexOf("---\n# Maya Lopez");
		expect(after).toBe(`${maya.slice(0, at)}email: maya@mail.example\n${maya.slice(at)}`);
		expect(v.text("People/Sam Patel.md")).toBe(SAM);
		expect(v.writes.map((w) => w.path)).toEqual(["People/Maya Lopez.md"]);
		expect(undo.labels).toEqual([UNDO_LABEL]);
		expect(undo.outside()).toBe(0);
		expect(Notice.stubAll.map((n) => n.stubText)).toContain("Imported 1 new person, updated 1; 1 conflict left as they were.");
	});

	it("replaces a conflict only when chosen, on its own line; select none clears a section", async () => {
		loaded = await loadPlugin(FILES);
		const m = await openReview(loaded);
		click(section(m, "new").querySelector('[data-select="none"]') as HTMLElement);
		expect(rows(m, "new").map((r) => r.checked)).toEqual([false, false]);
		click(section(m, "update").querySelector('[data-select="none"]') as HTMLElement);
		click(section(m, "conflicts").querySelector('[data-select="all"]') as HTMLElement);
		await importNow(m);
		const v = loaded.app.vault;
		expect(v.created).toEqual([]);
		expect(v.writes.map((w) => w.path)).toEqual(["People/Sam Patel.md"]);
		expect(v.text("People/Sam Patel.md")).toBe(SAM.replace("email: sam@old.example # work", "email: sam@new.example"));
		expect(Notice.stubAll.map((n) => n.stubText)).toContain("Imported 0 new people, updated 1.");
	});

	it("never writes over a file that took a new note's name after the plan: the next free name", async () => {
		loaded = await loadPlugin(FILES);
		const m = await openReview(loaded);
		await loaded.app.vault.create("People/ana silva.md", "mine\n");
		await importNow(m);
		expect(loaded.app.vault.text("People/ana silva.md")).toBe("mine\n");
		expect(loaded.app.vault.created).toContain("People/Ana Silva 2.md");
	});

	it("refuses, with the reason, a note that gained the key since the plan (all or nothing for that note)", async () => {
		loaded = await loadPlugin(FILES);
		const m = await openReview(loaded);
		const edited = (loaded.app.vault.text("People/Maya Lopez.md") as string).replace("circle: friends", "circle: friends\nemail: other@x.example");
		await loaded.app.vault.modify("People/Maya Lopez.md", edited);
		await importNow(m);
		expect(loaded.app.vault.text("People/Maya Lopez.md")).toBe(edited);
		expect(Notice.stubAll.map((n) => n.stubText).join("\n")).toContain("People/Maya Lopez.md: it already has \"email\"");
	});
});

describe("writing a big import", () => {
	it("reports progress and pauses every N notes", async () => {
		const vault = new FakeVault({});
		const entries = Array.from({ length: 10 }, (_, i) => ({
			card: i + 1, cards: [i + 1], name: `P${i}`, action: "create" as const, path: `People/P${i}.md`, add: {}, conflicts: [], contact: { note: null } as never,
		}));
		const progress: string[] = [];
		let pauses = 0;
		const s = await writeImport(
			{ writer: vault, undo: { group: (_l, a) => a() }, mark: null, every: 3, progress: (d, t) => progress.push(`${d}/${t}`), pause: () => Promise.resolve(void pauses++) },
			entries,
			entries.map((entry) => ({ entry, write: true, replace: [] })),
		);
		expect(s.created).toHaveLength(10);
		expect(pauses).toBe(3);
		expect(progress).toEqual(["0/10", "1/10", "2/10", "3/10", "4/10", "5/10", "6/10", "7/10", "8/10", "9/10", "10/10"]);
	});
});
