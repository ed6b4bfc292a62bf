import "server-only";
import { countUsersByRole, listModerators, listUsers, type UserListOptions } from "@/db/queries/users/admin";
import { getDb } from "@/lib/db";

export const listAccounts = (options: UserListOptions) => listUsers(getDb(), options);
export const listModeratorAccounts = () => listModerators(getDb());
export const countAccountsByRole = () => countUsersByRole(getDb());
