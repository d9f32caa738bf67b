-- Seed rows, updated_at triggers and the append-only guard (PRODUCT.md §7).

-- updated_at is kept current by the database, whoever writes the row.
CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = NOW();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint

-- Nyx data is append-only: DELETE and TRUNCATE on a Nyx table are refused with SQLSTATE NX001.
CREATE OR REPLACE FUNCTION nyx_refuse_delete()
RETURNS TRIGGER AS $$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = 'NX001',
        MESSAGE = format('%s on %s is refused: Nyx Venatrix data is append-only. Record the change as a correction in data_corrections instead.', TG_OP, TG_TABLE_NAME),
        HINT = 'Facts are never deleted: write a data_corrections row (the server''s POST /api/corrections does this) or set a status.';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint

-- Installs both guards on every table that lacks them; later migrations that add tables call it again.
CREATE OR REPLACE FUNCTION nyx_install_table_guards()
RETURNS void AS $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_schema, c.table_name
        FROM information_schema.columns c
        JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
          AND c.table_schema IN ('public', 'saturnus')
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'trg_' || t.table_name || '_updated_at'
                       AND tgrelid = format('%I.%I', t.table_schema, t.table_name)::regclass) THEN
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I.%I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                           'trg_' || t.table_name || '_updated_at', t.table_schema, t.table_name);
        END IF;
    END LOOP;

    FOR t IN
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'trg_' || t.table_name || '_append_only'
                       AND tgrelid = format('public.%I', t.table_name)::regclass) THEN
            EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON public.%I FOR EACH STATEMENT EXECUTE FUNCTION nyx_refuse_delete()',
                           'trg_' || t.table_name || '_append_only', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON public.%I FOR EACH STATEMENT EXECUTE FUNCTION nyx_refuse_delete()',
                           'trg_' || t.table_name || '_no_truncate', t.table_name);
        END IF;
    END LOOP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint

SELECT nyx_install_table_guards();
--> statement-breakpoint

-- Seed rows of the design, plus the ATS platforms Nyx has adapters for.
INSERT INTO job_sources (name, source_type, base_url) VALUES
    ('LinkedIn', 'job_board', 'https://www.linkedin.com'),
    ('Indeed', 'job_board', 'https://www.indeed.com'),
    ('Greenhouse', 'company_site', NULL),
    ('Workday', 'company_site', NULL),
    ('Lever', 'company_site', NULL),
    ('Direct', 'company_site', NULL),
    ('Ashby', 'company_site', NULL),
    ('SmartRecruiters', 'company_site', NULL)
ON CONFLICT (name) DO NOTHING;
--> statement-breakpoint

-- Prices in USD per million tokens.
INSERT INTO model_providers (name, base_url, pricing_json) VALUES
    ('xAI', 'https://api.x.ai/v1', '{"grok-4-1-fast-reasoning": {"input": 0.20, "output": 0.50}}'),
    ('OpenAI', 'https://api.openai.com/v1', '{"text-embedding-3-small": {"input": 0.02, "output": 0}}')
ON CONFLICT (name) DO NOTHING;
