/** vCard in and out (conventions.md section 7): read a .vcf, plan its import, write new notes, export. */
export { updateContactNote } from "./update-note";
export { type Contact, type VcardProblem, birthdayOf, phoneDigits } from "./contact";
export { type Conflict, type KeyValue } from "./diff";
export { CONTACT_KEYS, type ContactKey, existingContact, type ExistingContact } from "./existing";
export { contactCard, exportVcards, type VcardVersion } from "./export";
export { safeFileName, uniquePath } from "./file-name";
export { newNoteText, yamlLines } from "./note-text";
export { mergeDuplicates, type PlanAction, type PlanEntry, type PlanInput, personMark, planImport, planInputFrom } from "./plan";
export { readVcards, type ReadResult } from "./read";
export { fillTemplate, noteFromTemplate, type PersonTemplate, personNoteText, type TemplateEntry, type TemplateMoment } from "./template";
