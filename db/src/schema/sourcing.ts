// Part 2 of shared/spec/schema-reference.md: job sourcing and postings.
import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, jsonb, numeric, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns.ts";

export const jobSources = pgTable(
  "job_sources",
  {
    id: id(),
    name: text("name").notNull(),
    sourceType: text("source_type").notNull(),
    baseUrl: text("base_url"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("job_sources_name_key").on(t.name),
    check("job_sources_source_type_check", sql`source_type IN ('job_board', 'company_site', 'referral', 'aggregator')`),
  ],
);

export const companies = pgTable(
  "companies",
  {
    id: id(),
    name: text("name").notNull(),
    canonicalDomain: text("canonical_domain"),
    hqCity: text("hq_city"),
    hqCountry: text("hq_country"),
    industry: text("industry"),
    sizeBucket: text("size_bucket"),
    tier: text("tier").default("normal"),
    careersPageUrl: text("careers_page_url"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "companies_size_bucket_check",
      sql`size_bucket IN ('1-50', '51-200', '201-1000', '1001-5000', '5001-10000', '10000+')`,
    ),
    check("companies_tier_check", sql`tier IN ('top', 'normal', 'avoid')`),
    unique("companies_name_canonical_domain_key").on(t.name, t.canonicalDomain),
    index("idx_companies_name").on(t.name),
    index("idx_companies_domain").on(t.canonicalDomain),
    index("idx_companies_tier").on(t.tier),
  ],
);

export const companyProperties = pgTable(
  "company_properties",
  {
    id: id(),
    companyId: uuid("company_id").notNull(),
    key: text("key").notNull(),
    value: jsonb("value").notNull(),
    source: text("source").default("manual"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ name: "company_properties_company_id_fkey", columns: [t.companyId], foreignColumns: [companies.id] }),
    check("company_properties_source_check", sql`source IN ('computed', 'manual', 'external_api')`),
    unique("company_properties_company_id_key_key").on(t.companyId, t.key),
    index("idx_company_properties_company").on(t.companyId),
  ],
);

export const jobPosts = pgTable(
  "job_posts",
  {
    id: id(),
    jobSourceId: uuid("job_source_id"),
    companyId: uuid("company_id"),
    sourceUrl: text("source_url").notNull(),
    canonicalUrl: text("canonical_url"),
    jobTitle: text("job_title").notNull(),
    rawLocation: text("raw_location"),
    locationCity: text("location_city"),
    locationCountry: text("location_country"),
    employmentType: text("employment_type"),
    seniorityLevel: text("seniority_level"),
    department: text("department"),
    postingDatetime: timestamptz("posting_datetime"),
    scrapedHtml: text("scraped_html"),
    descriptionRaw: text("description_raw"),
    descriptionClean: text("description_clean"),
    embeddingVectorId: text("embedding_vector_id"),
    isRemoteAllowed: boolean("is_remote_allowed"),
    compensationCurrency: text("compensation_currency"),
    compensationMin: numeric("compensation_min"),
    compensationMax: numeric("compensation_max"),
    compensationNotes: text("compensation_notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ name: "job_posts_job_source_id_fkey", columns: [t.jobSourceId], foreignColumns: [jobSources.id] }),
    foreignKey({ name: "job_posts_company_id_fkey", columns: [t.companyId], foreignColumns: [companies.id] }),
    check(
      "job_posts_employment_type_check",
      sql`employment_type IN ('full_time', 'part_time', 'contract', 'intern', 'freelance')`,
    ),
    check(
      "job_posts_seniority_level_check",
      sql`seniority_level IN ('intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'director', 'vp', 'c_level')`,
    ),
    unique("job_posts_source_url_key").on(t.sourceUrl),
    index("idx_job_posts_company").on(t.companyId),
    index("idx_job_posts_source").on(t.jobSourceId),
    index("idx_job_posts_title").on(t.jobTitle),
    index("idx_job_posts_location").on(t.locationCountry, t.locationCity),
    index("idx_job_posts_created").on(t.createdAt.desc().nullsFirst()),
  ],
);

export const jobTags = pgTable(
  "job_tags",
  {
    id: id(),
    name: text("name").notNull(),
    category: text("category"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("job_tags_name_key").on(t.name),
    check("job_tags_category_check", sql`category IN ('skill', 'tech', 'domain', 'seniority', 'benefit')`),
    index("idx_job_tags_category").on(t.category),
  ],
);

export const jobPostTags = pgTable(
  "job_post_tags",
  {
    id: id(),
    jobPostId: uuid("job_post_id").notNull(),
    jobTagId: uuid("job_tag_id").notNull(),
  },
  (t) => [
    foreignKey({ name: "job_post_tags_job_post_id_fkey", columns: [t.jobPostId], foreignColumns: [jobPosts.id] }),
    foreignKey({ name: "job_post_tags_job_tag_id_fkey", columns: [t.jobTagId], foreignColumns: [jobTags.id] }),
    unique("job_post_tags_job_post_id_job_tag_id_key").on(t.jobPostId, t.jobTagId),
    index("idx_job_post_tags_post").on(t.jobPostId),
    index("idx_job_post_tags_tag").on(t.jobTagId),
  ],
);
