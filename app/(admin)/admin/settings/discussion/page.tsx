import type { Metadata } from "next";
import { currentDiscussionSettings } from "@/lib/settings/store";
import { requirePermission } from "@/lib/dal";
import { spamModelStats } from "@/lib/spam/model";
import { DiscussionSettingsForm } from "./_components/discussion-settings-form";
import { SpamModelPanel } from "./_components/spam-model-panel";

export const metadata: Metadata = { title: "Discussion settings" };

export default async function DiscussionSettingsPage() {
  await requirePermission("settings:manage", "/admin/settings/discussion");
  const [settings, model] = await Promise.all([currentDiscussionSettings(), spamModelStats()]);
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Discussion settings</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        How comments are taken, held and shown on every article. Changes apply to the next comment and show on articles at once.
      </p>
      <DiscussionSettingsForm settings={settings} />
      <SpamModelPanel
        figures={{
          spam: model.totals?.spamMessages ?? 0,
          ham: model.totals?.hamMessages ?? 0,
          tokens: model.tokens,
          decisions: model.decisions.spam + model.decisions.ham,
          trainedAt: model.totals?.trainedAt.toISOString() ?? null,
        }}
      />
    </div>
  );
}
