import type { Deps } from "../deps.ts";
import { invalidParameter } from "../errors.ts";
import { findProjectEntry, listProjectEntries, upsertProjectEntry } from "./catalogue.repository.ts";
import {
  BUILT_IN,
  type CatalogueField,
  type EnumEntry,
  EXTENSIBLE_FIELDS,
  type ExtensibleField,
  findBuiltIn,
} from "./catalogue.ts";

export type ProjectCatalogue = Record<CatalogueField, (EnumEntry & { custom: boolean })[]>;

/** The built-in enumerations merged with the project's own incident types and ownership keys. */
export async function getProjectCatalogue(deps: Deps, projectId: string): Promise<ProjectCatalogue> {
  const catalogue = Object.fromEntries(
    Object.entries(BUILT_IN).map(([field, entries]) => [
      field,
      entries.map((e) => ({ ...e, custom: false })),
    ]),
  ) as ProjectCatalogue;
  for (const row of await listProjectEntries(deps.db, projectId)) {
    const list = catalogue[row.field as CatalogueField];
    if (list && !list.some((e) => e.key === row.key)) {
      list.push({ key: row.key, name_zh: row.name_zh, name_en: row.name_en, custom: true });
    }
  }
  return catalogue;
}

/** Looks a key up among the built-in entries, then among the project's own. */
export async function findCatalogueEntry(
  deps: Deps,
  projectId: string,
  field: ExtensibleField,
  key: string,
): Promise<EnumEntry | undefined> {
  return findBuiltIn(field, key) ?? (await findProjectEntry(deps.db, projectId, field, key));
}

export function isExtensibleField(field: string): field is ExtensibleField {
  return (EXTENSIBLE_FIELDS as readonly string[]).includes(field);
}

/** Adds (or renames) a project-defined key; built-in keys cannot be redefined. */
export async function addCatalogueEntry(
  deps: Deps,
  projectId: string,
  field: string,
  entry: EnumEntry,
): Promise<EnumEntry> {
  if (!isExtensibleField(field))
    throw invalidParameter("field", `must be one of ${EXTENSIBLE_FIELDS.join(", ")}`);
  if (!/^[A-Za-z0-9_.-]{1,255}$/.test(entry.key)) {
    throw invalidParameter("key", "must be 1-255 letters, digits, '_', '.' or '-'");
  }
  if (findBuiltIn(field, entry.key))
    throw invalidParameter("key", `${entry.key} is a built-in ${field} and cannot be redefined`);
  await upsertProjectEntry(deps.db, projectId, field, entry, deps.clock.now());
  return entry;
}
