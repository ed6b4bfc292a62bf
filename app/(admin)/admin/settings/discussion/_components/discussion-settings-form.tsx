"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DiscussionSettings } from "@/lib/settings/discussion";
import { type DiscussionFormState, saveDiscussionSettings } from "../actions";
import { Checkbox, NumberSetting, OrderSelect, Section, settingsView, WordList } from "./settings-controls";

export function DiscussionSettingsForm({ settings }: { settings: DiscussionSettings }) {
  const [state, action, pending] = useActionState<DiscussionFormState, FormData>(saveDiscussionSettings, {});
  const view = settingsView(state, settings);
  return (
    <form action={action} noValidate className="mt-6 flex flex-col gap-8" key={state.submission}>
      <FormAlert message={state.formError} />
      {state.ok && <Notice>Discussion settings saved.</Notice>}

      <Section title="Who may comment">
        <Checkbox name="requireNameEmail" label="Guests must give a name and email" view={view} />
        <Checkbox name="registrationRequired" label="Only signed-in readers may comment" view={view} />
        <NumberSetting name="closeAfterDays" label="Close comments on articles older than (days)" hint="Leave blank to keep comments open for good." view={view} />
      </Section>

      <Section title="Before a comment appears">
        <Checkbox name="manualApproval" label="Every comment must be approved by a moderator" view={view} />
        <Checkbox name="requirePreviouslyApproved" label="Hold comments from people without an earlier approved comment" view={view} />
        <NumberSetting name="holdLinkCount" label="Hold a comment with this many links or more" view={view} />
        <WordList
          name="moderationKeys"
          label="Moderation list"
          hint="One word, phrase, address or IP per line. A comment containing any of them in its text, name, email, website, IP or browser is held. Case does not matter."
          view={view}
        />
        <WordList name="disallowedKeys" label="Block list" hint="Same matching as the moderation list, but matching comments go straight to spam." view={view} />
      </Section>

      <Section title="Spam filter">
        <Checkbox
          name="spamFilter"
          label="Score every comment with the learning spam filter"
          hint="It runs on this server, learns from every approve and spam decision, and explains each score in the queue."
          view={view}
        />
        <NumberSetting name="spamThreshold" label="Send to spam at a score of (out of 100)" view={view} />
        <NumberSetting name="spamHoldThreshold" label="Hold for a moderator at a score of (out of 100)" hint="Below this, the other rules decide." view={view} />
      </Section>

      <Section title="Flood protection">
        <NumberSetting name="floodSeconds" label="Seconds between comments from one person or address" view={view} />
        <NumberSetting name="hourlyLimitPerIp" label="Comments one address may post per hour" view={view} />
        <NumberSetting
          name="minSecondsToSubmit"
          label="Seconds a person needs to write a comment"
          hint="Submissions faster than this from opening the page are treated as spam."
          view={view}
        />
      </Section>

      <Section title="Email notifications">
        <Checkbox name="notifyModeratorsOfHeld" label="Email moderators and editors when a comment is held" view={view} />
        <Checkbox name="notifyAuthorsOfComments" label="Email a post’s author about new comments on it" view={view} />
        <Checkbox name="notifyReplies" label="Let commenters ask to be emailed about replies" view={view} />
        <NumberSetting
          name="replyBatchMinutes"
          label="Gather replies to one person into one email for (minutes)"
          hint="Replies to the same person within this time after the first go out together. 0 sends each at once."
          view={view}
        />
      </Section>

      <Section title="Privacy">
        <NumberSetting
          name="ipRetentionDays"
          label="Keep commenters’ IP addresses for (days)"
          hint="They help against floods and spam while a comment is new; after this, they and the browser name are removed from comments and reports."
          view={view}
        />
        <Checkbox
          name="erasureDeletesComments"
          label="Delete a person’s comments when they ask to be erased"
          hint="Unticked, their comments stay, shown as “Anonymous”, with their email, website and IP address removed."
          view={view}
        />
      </Section>

      <Section title="Threads">
        <NumberSetting name="threadDepth" label="Reply depth (levels)" view={view} />
        <NumberSetting name="commentsPerPage" label="Top-level comments per page" view={view} />
        <OrderSelect view={view} />
      </Section>

      <div>
        <SubmitButton pending={pending} pendingText="Saving…">
          Save settings
        </SubmitButton>
      </div>
    </form>
  );
}
