import "server-only";
/** Where a keyset page ends: the last row's sort time and id. */
export interface Keyset {
  at: Date;
  id: number;
}
