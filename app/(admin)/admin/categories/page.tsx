import type { Metadata } from "next";
import { TermsAdminPage } from "../_components/terms-admin-page";

export const metadata: Metadata = { title: "Sections" };

export default function SectionsPage() {
  return <TermsAdminPage kind="category" title="Sections" path="/admin/categories" />;
}
