// Older pages of the archive: the same page, with a cursor in its params.
export { default, generateMetadata, generateStaticParams } from "../../page";

export const revalidate = 3600;
