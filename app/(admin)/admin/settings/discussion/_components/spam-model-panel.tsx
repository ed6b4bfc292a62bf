"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { rebuildSpamFilter, type SpamModelState } from "../actions";

export interface SpamModelFigures {
  spam: number;
  ham: number;
  tokens: number;
  decisions: number;
  trainedAt: string | null;
}

/** What the filter has learned, and the two ways to rebuild it. */
export function SpamModelPanel({ figures }: { figures: SpamModelFigures }) {
  const [state, action, pending] = useActionState<SpamModelState, FormData>(rebuildSpamFilter, {});
  const shown = state.data ? { ...figures, ...state.data } : figures;
  return (
    <section aria-labelledby="spam-model-heading" className="mt-10 border-t border-stone-300 pt-4 dark:border-stone-700">
      <h2 id="spam-model-heading" className="font-serif text-xl font-bold">
        The spam filter’s model
      </h2>
      {shown.trainedAt === null && !state.ok ? (
        <p className="mt-2">Not built yet: it is trained from the starter set with the first comment.</p>
      ) : (
        <p className="mt-2">
          Learned from {shown.spam.toLocaleString("en-GB")} spam and {shown.ham.toLocaleString("en-GB")} good comments ({shown.tokens.toLocaleString("en-GB")} tokens),{" "}
          {figures.decisions.toLocaleString("en-GB")} of them this site’s moderators’ decisions.
        </p>
      )}
      <form action={action} className="mt-3 flex flex-wrap gap-3">
        {state.ok && <Notice>{state.message}</Notice>}
        <FormAlert message={state.formError} />
        <SubmitButton name="mode" value="retrain" pending={pending} pendingText="Rebuilding…">
          Retrain from the starter set and every decision
        </SubmitButton>
        <SubmitButton name="mode" value="reset" pending={pending} pendingText="Rebuilding…">
          Reset to the starter set (forget every decision)
        </SubmitButton>
      </form>
    </section>
  );
}
