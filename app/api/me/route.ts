import { getCurrentUser } from "@/lib/dal";

export const dynamic = "force-dynamic";

/** Who is signed in, for the header of cached pages. Checked like every request. */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
