import type { Metadata } from "next";
import { requirePermission } from "@/lib/dal";
import { getEnv } from "@/lib/env";
import { SITE_LANGUAGES } from "@/lib/settings/languages";
import { currentSiteSettings } from "@/lib/settings/store";
import { GeneralSettingsForm } from "./_components/general-settings-form";

export const metadata: Metadata = { title: "General settings" };

export default async function GeneralSettingsPage() {
  await requirePermission("settings:manage", "/admin/settings/general");
  const settings = await currentSiteSettings();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">General settings</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">What the site is called and how it speaks. Changes show on every page and feed at once.</p>
      <GeneralSettingsForm
        settings={settings}
        languages={SITE_LANGUAGES.map(({ code, label }) => ({ code, label }))}
        timeZones={Intl.supportedValuesOf("timeZone")}
        serverTimeZone={getEnv().SITE_TIME_ZONE}
      />
    </div>
  );
}
