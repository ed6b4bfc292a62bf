"use client";

import { useActionState, useId, useState } from "react";
import { controlClass, describedBy, FieldFrame } from "@/components/ui/field-frame";
import { FormAlert } from "@/components/ui/form-alert";
import { ImageUploadField } from "@/components/ui/image-upload-field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { GeneralField } from "@/lib/settings/general-form";
import type { SiteSettings } from "@/lib/settings/site";
import { type GeneralFormState, saveGeneralSettings, uploadLogo } from "../actions";

interface Props {
  settings: SiteSettings & { searchReindexing: boolean };
  languages: { code: string; label: string }[];
  timeZones: string[];
  serverTimeZone: string;
}

export function GeneralSettingsForm({ settings, languages, timeZones, serverTimeZone }: Props) {
  const [state, action, pending] = useActionState<GeneralFormState, FormData>(saveGeneralSettings, {});
  const typed = state.ok ? undefined : state.values;
  const text = (field: GeneralField) => typed?.[field] ?? (settings[field] === null ? "" : String(settings[field]));
  const error = (field: GeneralField) => state.fieldErrors?.[field];
  return (
    <form action={action} noValidate className="mt-6 flex flex-col gap-5" key={state.submission}>
      <FormAlert message={state.formError} />
      {state.ok && <Notice>General settings saved.{state.data?.reindexing ? " Site search is being indexed again for the new language; this takes a few minutes on a large site." : ""}</Notice>}
      {!state.ok && settings.searchReindexing && <p className="text-sm">Site search is still being indexed again after a change of language.</p>}

      <TextField label="Site title" name="title" required defaultValue={text("title")} error={error("title")} maxLength={100} />
      <TextField label="Tagline" name="tagline" hint="A line under the title on every page." defaultValue={text("tagline")} error={error("tagline")} maxLength={200} />
      <TextAreaField
        label="Description"
        name="description"
        hint="One or two sentences for search engines and link previews of the home page. Leave blank to use the tagline."
        rows={3}
        defaultValue={text("description")}
        error={error("description")}
      />
      <Choice name="language" label="Language" hint="Declared on every page and feed; site search stems words for it." value={text("language")} error={error("language")}>
        {languages.map((language) => (
          <option key={language.code} value={language.code}>
            {language.label} ({language.code})
          </option>
        ))}
      </Choice>
      <Choice name="timeZone" label="Time zone" hint="Dates on pages, and the times editors schedule posts for." value={text("timeZone")} error={error("timeZone")}>
        <option value="">Server default ({serverTimeZone})</option>
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </Choice>
      <TextField label="Posts per page" name="postsPerPage" hint="On the home page, sections, tags and author pages." defaultValue={text("postsPerPage")} error={error("postsPerPage")} inputMode="numeric" className="w-32" />
      <LogoField initial={text("logo") || null} error={error("logo")} />

      <div>
        <SubmitButton pending={pending} pendingText="Saving…">
          Save settings
        </SubmitButton>
      </div>
    </form>
  );
}

function Choice({ name, label, hint, value, error, children }: { name: GeneralField; label: string; hint: string; value: string; error?: string; children: React.ReactNode }) {
  const id = `${useId()}-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {/* Keyed by the value: React keeps a select's old choice after a form reset. */}
      <select key={value} id={id} name={name} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={`${controlClass} w-full max-w-md`}>
        {children}
      </select>
    </FieldFrame>
  );
}

function LogoField({ initial, error }: { initial: string | null; error?: string }) {
  const [logo, setLogo] = useState(initial);
  return (
    <>
      <input type="hidden" name="logo" value={logo ?? ""} />
      <ImageUploadField label="Logo" removeLabel="Remove logo" file={logo} error={error} upload={uploadLogo} onChange={setLogo} />
      <p className="text-xs text-stone-600 dark:text-stone-400">Shown in place of the title’s lettering at the top of every page (the title stays its text for screen readers). Save to apply.</p>
    </>
  );
}
