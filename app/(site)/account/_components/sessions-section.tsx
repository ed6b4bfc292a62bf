import { listAccountSessions } from "@/lib/auth/sessions";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { formatDateTime } from "@/lib/format";
import { getSiteTimeZone } from "@/lib/content";
import { signOutEverywhere, signOutSession } from "../session-actions";

const button =
  "rounded border border-stone-400 px-3 py-1 text-sm font-semibold hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800";

/** Every browser signed in to this account, with a way to end each one, or all. */
export async function SessionsSection({ userId, currentSessionId }: { userId: string; currentSessionId: string | null }) {
  const sessions = await listAccountSessions(userId);
  const timeZone = await getSiteTimeZone();
  return (
    <section aria-labelledby="sessions-heading" className="border-t border-stone-300 py-6 dark:border-stone-700">
      <h2 id="sessions-heading" className="mb-2 font-serif text-xl font-bold">
        Where you’re signed in
      </h2>
      <p className="mb-4 text-sm text-stone-700 dark:text-stone-300">
        Signing out ends a session on the server: a copy of its cookie stops working at once.
      </p>
      <ul className="mb-4 divide-y divide-stone-200 dark:divide-stone-800">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <span>
              <strong>{describeUserAgent(session.userAgent)}</strong>
              {session.id === currentSessionId && <span className="ml-2 rounded bg-stone-200 px-1.5 text-xs dark:bg-stone-800">this browser</span>}
              <br />
              <span className="text-stone-700 dark:text-stone-300">
                {session.ip ? `${session.ip} · ` : ""}signed in {formatDateTime(session.createdAt.toISOString(), timeZone)} · last active{" "}
                {formatDateTime(session.lastSeenAt.toISOString(), timeZone)}
              </span>
            </span>
            {session.id !== currentSessionId && (
              <form action={signOutSession}>
                <input type="hidden" name="sessionId" value={session.id} />
                <button type="submit" className={button} aria-label={`Sign out ${describeUserAgent(session.userAgent)}, last active ${formatDateTime(session.lastSeenAt.toISOString(), timeZone)}`}>
                  Sign out
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form action={signOutEverywhere}>
        <button type="submit" className={button}>
          Sign out everywhere
        </button>
      </form>
    </section>
  );
}
