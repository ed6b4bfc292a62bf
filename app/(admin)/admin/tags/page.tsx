import type { Metadata } from "next";
import { TermsAdminPage } from "../_components/terms-admin-page";

export const metadata: Metadata = { title: "Tags" };

export default function TagsPage() {
  return <TermsAdminPage kind="tag" title="Tags" path="/admin/tags" />;
}
