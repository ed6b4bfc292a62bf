import type { UserRole } from "../schema";

export const DEMO_PASSWORD = "broadsheet-demo";

export interface DemoAccount {
  email: string;
  name: string;
  role: UserRole;
  /** Shown on the author page of those who write. */
  bio?: string;
}

// One account per role; the README lists them. All share DEMO_PASSWORD.
export const demoAccounts: DemoAccount[] = [
  { email: "admin@example.com", name: "Ada Okafor", role: "admin", bio: "Ada runs the newsroom and still covers sport on Saturdays." },
  {
    email: "editor@example.com",
    name: "Marta Lindqvist",
    role: "editor",
    bio: "Marta edits the City and Culture sections.\n\nShe covered housing and transport for twelve years before that.",
  },
  { email: "author@example.com", name: "Tom Brennan", role: "author", bio: "Tom writes about science, the harbour and the weather that batters it." },
  { email: "moderator@example.com", name: "Sam Reyes", role: "moderator" },
  { email: "reader@example.com", name: "Priya Nair", role: "reader" },
];

export const demoCategories = [
  { slug: "city", name: "City", description: "Council, transport, housing and the streets we share." },
  { slug: "science", name: "Science", description: "Research, health and the natural world, explained." },
  { slug: "culture", name: "Culture", description: "Arts, books, food and the life of the city after dark." },
  { slug: "sport", name: "Sport", description: "Results, rivalries and the people behind them." },
];

export const demoTags = [
  { slug: "transport", name: "Transport" },
  { slug: "housing", name: "Housing" },
  { slug: "climate", name: "Climate" },
  { slug: "health", name: "Health" },
  { slug: "arts", name: "Arts" },
  { slug: "football", name: "Football" },
  { slug: "council", name: "Council" },
  { slug: "technology", name: "Technology" },
];
