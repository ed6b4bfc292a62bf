import type { Metadata } from "next";
import { EraseButton, PersonalDataRequestForm } from "@/components/admin/tools/personal-data-forms";
import { requirePermission } from "@/lib/dal";
import { getSiteTimeZone } from "@/lib/content";
import { formatDateTime } from "@/lib/format";
import type { ErasureResult } from "@/db/queries/personal-data";
import { erasureSummary, listPersonalDataRequests } from "@/lib/privacy/personal-data";
import { eraseAction, requestPersonalDataAction } from "./actions";

export const metadata: Metadata = { title: "Personal data" };
export const dynamic = "force-dynamic";

const stateLabels = {
  awaiting: "Waiting for them to confirm",
  expired: "Link expired unconfirmed",
  confirmed: "Confirmed",
  done: "Done",
} as const;

/** Requests to hand over or erase what the site keeps under an email address, as WordPress's tools do. */
export default async function PersonalDataPage() {
  await requirePermission("site:tools", "/admin/tools/personal-data");
  const requests = await listPersonalDataRequests();
  const timeZone = await getSiteTimeZone();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Personal data</h1>
      <p className="mt-2 max-w-2xl text-stone-700 dark:text-stone-300">
        When someone asks for a copy of their data, or to have it erased, enter their email address here. They get a link to confirm it was
        them; once they have, download their data (a JSON file of their account, comments and subscriptions) or erase it. Erased comments are kept as
        “Anonymous” without email, website or IP address, or deleted if the discussion settings say so; an account is closed.
      </p>
      <PersonalDataRequestForm action={requestPersonalDataAction} />
      <h2 className="mt-8 font-serif text-2xl font-bold">Requests</h2>
      {requests.length === 0 ? (
        <p className="mt-2">No requests yet.</p>
      ) : (
        <ol className="mt-2 space-y-4" aria-label="Personal data requests, newest first">
          {requests.map((request) => (
            <li key={request.id} className="border-t border-stone-300 pt-3 dark:border-stone-700">
              <p>
                <span className="font-semibold">{request.email}</span> — {request.kind === "export" ? "copy of their data" : "erasure"} — {stateLabels[request.state]}
                <span className="text-stone-600 dark:text-stone-400"> (asked {formatDateTime(new Date(request.createdAt).toISOString(), timeZone)})</span>
              </p>
              {request.kind === "export" && (request.state === "confirmed" || request.state === "done") && (
                <p className="mt-1">
                  <a href={`/admin/tools/personal-data/${request.id}/export`} download className="underline">
                    Download their data (JSON)
                  </a>
                </p>
              )}
              {request.kind === "erase" && request.state === "done" && request.result !== null && (
                <p className="mt-1">{erasureSummary(request.result as ErasureResult)}</p>
              )}
              {request.kind === "erase" && request.state === "confirmed" && (
                <div className="mt-1">
                  <EraseButton id={request.id} action={eraseAction} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
