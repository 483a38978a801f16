export interface DirectoryUserTable {
  project_id: string;
  id: string;
  display_name: string;
  email: string | null;
  created_at: number;
  updated_at: number;
}

export interface ApplicationTable {
  project_id: string;
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
}
