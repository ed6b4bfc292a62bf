// The languages a site can be written in: what pages declare (html lang, feeds,
// Open Graph locale) and which PostgreSQL text-search configuration stems site
// search. Languages without a Snowball stemmer search word for word ("simple").

export interface SiteLanguage {
  code: string;
  label: string;
  /** A PostgreSQL text search configuration name (pg_ts_config). */
  searchConfig: string;
}

export const SITE_LANGUAGES = [
  { code: "en-GB", label: "English (United Kingdom)", searchConfig: "english" },
  { code: "en-US", label: "English (United States)", searchConfig: "english" },
  { code: "en-IE", label: "English (Ireland)", searchConfig: "english" },
  { code: "en-AU", label: "English (Australia)", searchConfig: "english" },
  { code: "ca-ES", label: "Català", searchConfig: "catalan" },
  { code: "da-DK", label: "Dansk", searchConfig: "danish" },
  { code: "de-DE", label: "Deutsch", searchConfig: "german" },
  { code: "el-GR", label: "Ελληνικά", searchConfig: "greek" },
  { code: "es-ES", label: "Español", searchConfig: "spanish" },
  { code: "fr-FR", label: "Français", searchConfig: "french" },
  { code: "it-IT", label: "Italiano", searchConfig: "italian" },
  { code: "hu-HU", label: "Magyar", searchConfig: "hungarian" },
  { code: "nl-NL", label: "Nederlands", searchConfig: "dutch" },
  { code: "nb-NO", label: "Norsk bokmål", searchConfig: "norwegian" },
  { code: "pl-PL", label: "Polski", searchConfig: "simple" },
  { code: "pt-PT", label: "Português (Portugal)", searchConfig: "portuguese" },
  { code: "pt-BR", label: "Português (Brasil)", searchConfig: "portuguese" },
  { code: "ro-RO", label: "Română", searchConfig: "romanian" },
  { code: "ru-RU", label: "Русский", searchConfig: "russian" },
  { code: "fi-FI", label: "Suomi", searchConfig: "finnish" },
  { code: "sv-SE", label: "Svenska", searchConfig: "swedish" },
  { code: "tr-TR", label: "Türkçe", searchConfig: "turkish" },
] as const satisfies readonly SiteLanguage[];

export type SiteLanguageCode = (typeof SITE_LANGUAGES)[number]["code"];

export const SITE_LANGUAGE_CODES = SITE_LANGUAGES.map((language) => language.code) as [SiteLanguageCode, ...SiteLanguageCode[]];

export function siteLanguage(code: string): SiteLanguage {
  return SITE_LANGUAGES.find((language) => language.code === code) ?? SITE_LANGUAGES[0];
}

/** Open Graph writes locales with an underscore: en_GB. */
export function openGraphLocale(code: string): string {
  return code.replace("-", "_");
}
