import type { Role } from "../auth/credential.ts";

/** A directory user's password and role: present only for users who may sign in. */
export interface UserLoginTable {
  project_id: string;
  user_id: string;
  /** scrypt output (hex) of the password, with the salt and the parameters it was made with. */
  password_hash: string;
  password_salt: string;
  /** `scrypt:N=…,r=…,p=…,len=…`: kept per hash so the cost can be raised without breaking older ones. */
  password_params: string;
  role: Role;
  created_at: number;
  updated_at: number;
}
