import { type ArchiveParams, ArchiveRoute, archiveMetadata } from "../../_archive/archive-route";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: { params: ArchiveParams }) {
  return archiveMetadata("author", params);
}

export default function Page({ params }: { params: ArchiveParams }) {
  return <ArchiveRoute kind="author" params={params} />;
}
