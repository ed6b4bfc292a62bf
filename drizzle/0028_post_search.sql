ALTER TABLE "posts" ADD COLUMN "search" "tsvector";--> statement-breakpoint
CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search") WHERE "posts"."status" = 'published';--> statement-breakpoint
-- The language site search stems for (one place to change it).
CREATE FUNCTION "broadsheet_search_config"() RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$ SELECT 'english'::regconfig $$;
--> statement-breakpoint
CREATE FUNCTION "posts_search_document"(p_id integer, p_headline text, p_kicker text, p_lead text, p_body text, p_category integer) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector("broadsheet_search_config"(), coalesce(p_headline, '')), 'A')
      || setweight(to_tsvector("broadsheet_search_config"(), coalesce(p_kicker, '') || ' ' || coalesce(p_lead, '')), 'B')
      || setweight(to_tsvector("broadsheet_search_config"(),
           coalesce((SELECT name FROM "categories" WHERE id = p_category), '') || ' ' ||
           coalesce((SELECT string_agg(t.name, ' ') FROM "post_tags" pt JOIN "tags" t ON t.id = pt.tag_id WHERE pt.post_id = p_id), '')), 'C')
      || setweight(to_tsvector("broadsheet_search_config"(), left(coalesce(p_body, ''), 200000)), 'D')
$$;
--> statement-breakpoint
CREATE FUNCTION "posts_search_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search" := "posts_search_document"(NEW."id", NEW."headline", NEW."kicker", NEW."lead", NEW."body", NEW."category_id");
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "posts_search" BEFORE INSERT OR UPDATE OF "headline", "kicker", "lead", "body", "category_id", "search" ON "posts"
FOR EACH ROW EXECUTE FUNCTION "posts_search_track"();
--> statement-breakpoint
-- Tags added or removed, a section or tag renamed: the posts concerned are indexed again.
CREATE FUNCTION "posts_search_touch_tags"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "posts" SET "search" = NULL WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD."post_id" ELSE NEW."post_id" END;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "post_tags_search" AFTER INSERT OR DELETE ON "post_tags" FOR EACH ROW EXECUTE FUNCTION "posts_search_touch_tags"();
--> statement-breakpoint
CREATE FUNCTION "posts_search_touch_term"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'categories' THEN
    UPDATE "posts" SET "search" = NULL WHERE "category_id" = NEW.id;
  ELSE
    UPDATE "posts" SET "search" = NULL WHERE id IN (SELECT post_id FROM "post_tags" WHERE tag_id = NEW.id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "categories_search" AFTER UPDATE OF "name" ON "categories" FOR EACH ROW EXECUTE FUNCTION "posts_search_touch_term"();
--> statement-breakpoint
CREATE TRIGGER "tags_search" AFTER UPDATE OF "name" ON "tags" FOR EACH ROW EXECUTE FUNCTION "posts_search_touch_term"();
--> statement-breakpoint
UPDATE "posts" SET "search" = NULL;
