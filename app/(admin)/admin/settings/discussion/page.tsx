import type { Metadata } from "next";
import { currentDiscussionSettings } from "@/lib/settings/store";
import { requirePermission } from "@/lib/dal";
import { DiscussionSettingsForm } from "./_components/discussion-settings-form";

export const metadata: Metadata = { title: "Discussion settings" };

export default async function DiscussionSettingsPage() {
  await requirePermission("settings:manage", "/admin/settings/discussion");
  const settings = await currentDiscussionSettings();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Discussion settings</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        How comments are taken, held and shown on every article. Changes apply to the next comment and show on articles at once.
      </p>
      <DiscussionSettingsForm settings={settings} />
    </div>
  );
}
