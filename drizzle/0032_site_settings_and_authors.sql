ALTER TABLE "users" ADD COLUMN "slug" varchar(80) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "bio" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- An author's address from their name: accents dropped, anything else not a
-- letter or digit becomes a hyphen ("José Núñez" -> jose-nunez); names with no
-- Latin letters become "author". Then -2, -3 ... until unused.
CREATE FUNCTION "broadsheet_user_slug"(p_name text, p_id uuid) RETURNS varchar LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  base text;
  candidate text;
  n integer := 1;
BEGIN
  base := lower(regexp_replace(normalize(coalesce(p_name, ''), NFD), '[\u0300-\u036f]', '', 'g'));
  base := replace(translate(base, 'æøåłđþðı', 'aoaldtdi'), 'ß', 'ss');
  base := trim(both '-' from left(regexp_replace(base, '[^a-z0-9]+', '-', 'g'), 70));
  IF base = '' THEN base := 'author'; END IF;
  -- Two accounts with one name created at once must not both take it.
  PERFORM pg_advisory_xact_lock(hashtext('user-slug:' || base));
  candidate := base;
  WHILE EXISTS (SELECT 1 FROM "users" WHERE "slug" = candidate AND id <> p_id) LOOP
    n := n + 1;
    candidate := base || '-' || n;
  END LOOP;
  RETURN candidate;
END $$;
--> statement-breakpoint
CREATE FUNCTION "users_slug_assign"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."slug" IS NULL OR NEW."slug" = '' THEN
    NEW."slug" := "broadsheet_user_slug"(NEW."name", NEW."id");
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "users_slug" BEFORE INSERT OR UPDATE OF "slug" ON "users" FOR EACH ROW EXECUTE FUNCTION "users_slug_assign"();
--> statement-breakpoint
-- Existing accounts, oldest first, so the first of two namesakes keeps the plain address.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT id FROM "users" ORDER BY "created_at", id LOOP
    UPDATE "users" SET "slug" = '' WHERE id = r.id;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE UNIQUE INDEX "users_slug_idx" ON "users" USING btree ("slug");
--> statement-breakpoint
-- Site search stems for the site's language: Admin → Settings → General stores
-- the PostgreSQL configuration's name under "search-config" (only built-in
-- configurations are taken), and posts are indexed again in the background.
CREATE OR REPLACE FUNCTION "broadsheet_search_config"() RETURNS regconfig LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT c.oid::regconfig FROM pg_catalog.pg_ts_config c
      WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
        AND c.cfgname = (SELECT s.value #>> '{}' FROM "settings" s WHERE s.key = 'search-config')),
    'english'::regconfig)
$$;
