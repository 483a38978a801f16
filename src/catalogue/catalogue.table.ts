export interface CatalogueEntryTable {
  project_id: string;
  field: string;
  key: string;
  name_zh: string;
  name_en: string;
  created_at: number;
}
