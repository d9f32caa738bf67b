-- The shared database: Nyx's tables (created by Nyx's migrations, owned by the nyx role) and the
-- saturnus schema for the future e-mail assistant, which may read Nyx's tables but not change them.
-- psql variables: db_name, nyx_role, nyx_password, saturnus_role, saturnus_password.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'nyx_role', :'nyx_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'nyx_role') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'saturnus_role', :'saturnus_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'saturnus_role') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db_name', :'nyx_role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec

\connect :"db_name"

-- pgvector, where the server has it (the pgvector/pgvector image does).
SELECT 'CREATE EXTENSION IF NOT EXISTS vector'
 WHERE EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') \gexec

REVOKE ALL ON DATABASE :"db_name" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db_name" TO :"saturnus_role";

-- Saturnus's own schema: its six tables come with Nyx's migrations (their foreign keys point at
-- Nyx's tables, so they live in this database); Saturnus reads and writes them and may add its own.
CREATE SCHEMA IF NOT EXISTS saturnus AUTHORIZATION :"nyx_role";
GRANT USAGE, CREATE ON SCHEMA saturnus TO :"saturnus_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA saturnus TO :"saturnus_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"nyx_role" IN SCHEMA saturnus
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"saturnus_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"nyx_role" IN SCHEMA saturnus
  GRANT USAGE, SELECT ON SEQUENCES TO :"saturnus_role";

-- Read access to Nyx's tables, now and for tables later migrations add.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"saturnus_role";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"saturnus_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"nyx_role" IN SCHEMA public GRANT SELECT ON TABLES TO :"saturnus_role";
