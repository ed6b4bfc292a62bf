/**
 * The header Admin → Tools → Import sets on its upload. A form on another site
 * can't send it (a custom header needs a CORS preflight the site never answers),
 * so the upload can't be forged from elsewhere.
 */
export const UPLOAD_HEADER = "x-broadsheet-upload";
