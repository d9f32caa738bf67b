#!/usr/bin/env python3
"""Prove that the drizzle-kit migration builds the same database as the reference design.

Loads the reference's SQL (every ```sql block of shared/spec/schema-reference.md except the one
under "## Migration Script", without CREATE EXTENSION lines) into one scratch database and the
generated migrations (db/drizzle/*.sql, split on `--> statement-breakpoint`, in journal order) into
another, then compares, per table name (schema ignored): columns, primary keys, CHECK, UNIQUE and
foreign-key constraints (names and definitions, like every other constraint), and indexes. Prints
every difference and exits 1 if there is any, 0 if there is none.

Usage: python3 db/scripts/compare-reference.py [--reference PATH] [--migrations DIR] [--url URL]
The server URL defaults to $DATABASE_ADMIN_URL or postgres://postgres@127.0.0.1:5432/postgres.
Both scratch databases are dropped on exit, also on failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
DB_DIR = HERE.parent
REPO = DB_DIR.parent
# The given ../shared beside the repo (not the repo's own shared/ package).
DEFAULT_REFERENCE_CANDIDATES = [REPO.parent / "shared" / "spec" / "schema-reference.md"]
SCHEMAS = ("public", "saturnus")
EXPECTED = {"tables": 39, "columns": 415, "indexes": 93}
SEP = "\x1f"


def psql(url: str, sql: str, *, single_tx: bool = False) -> str:
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-F", SEP, "-P", "null=NULL", "-d", url]
    if single_tx:
        cmd.append("-1")
    cmd += ["-f", "-"]
    res = subprocess.run(cmd, input=sql, capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError(f"psql failed on {redact(url)}:\n{res.stderr.strip()}")
    return res.stdout


def redact(url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.split("@")[-1]
    user = parts.username or ""
    return urlunsplit((parts.scheme, f"{user}@{netloc}" if user else netloc, parts.path, "", ""))


def with_db(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


def reference_sql(md_path: Path) -> str:
    """Every ```sql block, except those under the '## Migration Script' heading; no CREATE EXTENSION."""
    section = ""
    blocks: list[str] = []
    in_block = False
    keep = False
    current: list[str] = []
    for line in md_path.read_text(encoding="utf-8").splitlines():
        if in_block:
            if line.strip() == "```":
                in_block = False
                if keep:
                    blocks.append("\n".join(current))
                current = []
            else:
                current.append(line)
            continue
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.strip().startswith("```"):
            in_block = True
            keep = line.strip() == "```sql" and section != "Migration Script"
    out = []
    for block in blocks:
        out.extend(
            line for line in block.splitlines() if not re.match(r"\s*CREATE\s+EXTENSION\b", line, re.IGNORECASE)
        )
        out.append("")
    return "\n".join(out)


def migration_sql(mig_dir: Path) -> tuple[str, list[str]]:
    journal = mig_dir / "meta" / "_journal.json"
    if journal.exists():
        entries = json.loads(journal.read_text(encoding="utf-8"))["entries"]
        files = [mig_dir / f"{e['tag']}.sql" for e in sorted(entries, key=lambda e: e["idx"])]
    else:
        files = sorted(mig_dir.glob("*.sql"))
    if not files:
        raise RuntimeError(f"no migration files in {mig_dir}")
    statements: list[str] = []
    for f in files:
        statements += [s.strip() for s in f.read_text(encoding="utf-8").split("--> statement-breakpoint") if s.strip()]
    return "\n".join(s if s.endswith(";") else s + ";" for s in statements) + "\n", [f.name for f in files]


def rows(url: str, sql: str) -> list[list[str]]:
    return [line.split(SEP) for line in psql(url, sql).splitlines() if line]


SCHEMA_LIST = ", ".join(f"'{s}'" for s in SCHEMAS)


def strip_schema(text: str) -> str:
    return re.sub(r"\b(?:" + "|".join(SCHEMAS) + r")\.", "", text)


def introspect(url: str) -> dict:
    info: dict = {}
    info["tables"] = {
        t: s
        for s, t in rows(
            url,
            f"""SELECT table_schema, table_name FROM information_schema.tables
                WHERE table_schema IN ({SCHEMA_LIST}) AND table_type = 'BASE TABLE'""",
        )
    }
    cols: dict[str, dict[str, tuple]] = defaultdict(dict)
    for r in rows(
        url,
        f"""SELECT table_name, column_name, ordinal_position, data_type, udt_name,
                   numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema IN ({SCHEMA_LIST})""",
    ):
        table, column, pos, *rest = r
        rest[-1] = strip_schema(rest[-1])
        cols[table][column] = (int(pos), *rest)
    info["columns"] = cols
    cons: dict[str, dict[str, dict[str, str]]] = {k: defaultdict(dict) for k in "pcuf"}
    for table, contype, name, definition in rows(
        url,
        f"""SELECT cl.relname, c.contype, c.conname, pg_get_constraintdef(c.oid, true)
            FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid
            JOIN pg_namespace n ON n.oid = cl.relnamespace
            WHERE n.nspname IN ({SCHEMA_LIST})""",
    ):
        if contype not in cons:
            raise RuntimeError(f"unexpected constraint type {contype} ({name} on {table})")
        cons[contype][table][name] = strip_schema(definition)
    info["constraints"] = cons
    idx: dict[str, dict[str, str]] = defaultdict(dict)
    constraint_index_names = {name for kind in "pu" for t in cons[kind].values() for name in t}
    for table, name, definition in rows(
        url, f"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname IN ({SCHEMA_LIST})"
    ):
        idx[table][name] = strip_schema(definition)
    info["indexes"] = idx
    info["plain_index_count"] = sum(1 for t in idx.values() for n in t if n not in constraint_index_names)
    return info


def compare(a: dict, b: dict) -> list[str]:
    diffs: list[str] = []
    ta, tb = set(a["tables"]), set(b["tables"])
    for t in sorted(ta - tb):
        diffs.append(f"table {t}: only in reference")
    for t in sorted(tb - ta):
        diffs.append(f"table {t}: only in migration")

    for t in sorted(ta & tb):
        ca, cb = a["columns"][t], b["columns"][t]
        for c in sorted(set(ca) | set(cb)):
            if c not in cb:
                diffs.append(f"{t}.{c}: column only in reference")
            elif c not in ca:
                diffs.append(f"{t}.{c}: column only in migration")
            else:
                labels = (
                    "position",
                    "data_type",
                    "udt_name",
                    "numeric_precision",
                    "numeric_scale",
                    "datetime_precision",
                    "is_nullable",
                    "column_default",
                )
                for label, va, vb in zip(labels, ca[c], cb[c]):
                    if va != vb:
                        diffs.append(f"{t}.{c}: {label} reference={va!r} migration={vb!r}")

        for kind, label in (("p", "PRIMARY KEY"), ("c", "CHECK"), ("u", "UNIQUE")):
            ka, kb = a["constraints"][kind][t], b["constraints"][kind][t]
            for n in sorted(set(ka) | set(kb)):
                if n not in kb:
                    diffs.append(f"{t}: {label} {n} only in reference: {ka[n]}")
                elif n not in ka:
                    diffs.append(f"{t}: {label} {n} only in migration: {kb[n]}")
                elif ka[n] != kb[n]:
                    diffs.append(f"{t}: {label} {n} differs:\n    reference: {ka[n]}\n    migration: {kb[n]}")

        fa, fb = a["constraints"]["f"][t], b["constraints"]["f"][t]
        for side, f in (("reference", fa), ("migration", fb)):
            if len(set(f.values())) != len(f):
                diffs.append(f"{t}: duplicate foreign keys in {side}")
        # Foreign keys are matched by name, like the other constraints; a key whose name exists on one
        # side only is reported as renamed when the other side has the same definition under another name.
        only_a = {n: d for n, d in fa.items() if n not in fb}
        only_b = {n: d for n, d in fb.items() if n not in fa}
        renamed_b: set[str] = set()
        for n in sorted(only_a):
            twin = next((m for m, d in only_b.items() if d == only_a[n] and m not in renamed_b), None)
            if twin is not None:
                renamed_b.add(twin)
                diffs.append(f"{t}: {only_a[n]}: name {n} (reference) vs {twin} (migration)")
            else:
                diffs.append(f"{t}: FOREIGN KEY {n} only in reference: {only_a[n]}")
        for n in sorted(set(only_b) - renamed_b):
            diffs.append(f"{t}: FOREIGN KEY {n} only in migration: {only_b[n]}")
        for n in sorted(set(fa) & set(fb)):
            if fa[n] != fb[n]:
                diffs.append(f"{t}: FOREIGN KEY {n} differs:\n    reference: {fa[n]}\n    migration: {fb[n]}")

        ia, ib = a["indexes"][t], b["indexes"][t]
        for n in sorted(set(ia) | set(ib)):
            if n not in ib:
                diffs.append(f"{t}: INDEX {n} only in reference: {ia[n]}")
            elif n not in ia:
                diffs.append(f"{t}: INDEX {n} only in migration: {ib[n]}")
            elif ia[n] != ib[n]:
                diffs.append(f"{t}: INDEX {n} differs:\n    reference: {ia[n]}\n    migration: {ib[n]}")
    return diffs


def counts(info: dict) -> dict[str, int]:
    cons = info["constraints"]
    return {
        "tables": len(info["tables"]),
        "columns": sum(len(c) for c in info["columns"].values()),
        "indexes": info["plain_index_count"],
        "primary_keys": sum(len(v) for v in cons["p"].values()),
        "checks": sum(len(v) for v in cons["c"].values()),
        "uniques": sum(len(v) for v in cons["u"].values()),
        "foreign_keys": sum(len(v) for v in cons["f"].values()),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", type=Path, default=None)
    ap.add_argument("--migrations", type=Path, default=DB_DIR / "drizzle")
    ap.add_argument(
        "--url",
        default=os.environ.get("DATABASE_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
        help="URL of a database on the server, used to create and drop the scratch databases",
    )
    args = ap.parse_args()
    ref_path = args.reference or next((p for p in DEFAULT_REFERENCE_CANDIDATES if p.exists()), None)
    if ref_path is None or not ref_path.exists():
        print("schema-reference.md not found; pass --reference", file=sys.stderr)
        return 2

    suffix = f"{os.getpid()}"
    db_a, db_b = f"cmpref_reference_{suffix}", f"cmpref_migration_{suffix}"
    created: list[str] = []
    try:
        for name in (db_a, db_b):
            psql(args.url, f'CREATE DATABASE "{name}";')
            created.append(name)
        url_a, url_b = with_db(args.url, db_a), with_db(args.url, db_b)

        psql(url_a, reference_sql(ref_path), single_tx=True)
        mig, files = migration_sql(args.migrations)
        psql(url_b, mig, single_tx=True)
        print(f"reference: {ref_path}")
        print(f"migration: {', '.join(str(args.migrations / f) for f in files)}")

        a, b = introspect(url_a), introspect(url_b)
        ca, cb = counts(a), counts(b)
        print("\ncounts              reference  migration")
        for k in ca:
            print(f"  {k:<17} {ca[k]:>9}  {cb[k]:>9}")

        diffs = compare(a, b)
        for k, want in EXPECTED.items():
            for side, c in (("reference", ca), ("migration", cb)):
                if c[k] != want:
                    diffs.append(f"{side} has {c[k]} {k}, expected {want}")

        placement = defaultdict(list)
        for t, s in sorted(b["tables"].items()):
            placement[s].append(t)
        print("\nmigration schemas:")
        for s in sorted(placement):
            print(f"  {s} ({len(placement[s])}): {', '.join(placement[s])}")

        print(f"\ndifferences: {len(diffs)}")
        for d in diffs:
            print(f"  {d}")
        if not diffs:
            print("  none: the migration matches the reference")
        return 1 if diffs else 0
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        for name in created:
            try:
                psql(args.url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE);')
            except RuntimeError as e:
                print(f"warning: could not drop {name}: {e}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
