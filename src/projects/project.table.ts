export interface ProjectTable {
  id: string;
  name: string;
  created_at: number;
}
