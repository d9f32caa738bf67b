CREATE SCHEMA IF NOT EXISTS "saturnus";
--> statement-breakpoint
CREATE TABLE "cover_letter_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_profile_id" uuid NOT NULL,
	"template_name" text NOT NULL,
	"base_text" text NOT NULL,
	"intended_effort_level" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "cover_letter_templates_user_profile_id_template_name_key" UNIQUE("user_profile_id","template_name"),
	CONSTRAINT "cover_letter_templates_intended_effort_level_check" CHECK (intended_effort_level IN ('medium', 'high'))
);
--> statement-breakpoint
CREATE TABLE "resume_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resume_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"source_format" text NOT NULL,
	"file_path" text NOT NULL,
	"content_text" text,
	"content_hash" text,
	"generated_by" text DEFAULT 'human',
	"created_at" timestamp with time zone DEFAULT now(),
	"is_default_for_resume" boolean DEFAULT false,
	CONSTRAINT "resume_versions_resume_id_version_number_key" UNIQUE("resume_id","version_number"),
	CONSTRAINT "resume_versions_source_format_check" CHECK (source_format IN ('latex', 'pdf', 'txt', 'docx')),
	CONSTRAINT "resume_versions_generated_by_check" CHECK (generated_by IN ('human', 'llm', 'mixed'))
);
--> statement-breakpoint
CREATE TABLE "resumes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_profile_id" uuid NOT NULL,
	"resume_key" text NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"primary_language" text DEFAULT 'en',
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"is_active" boolean DEFAULT true,
	CONSTRAINT "resumes_user_profile_id_resume_key_key" UNIQUE("user_profile_id","resume_key")
);
--> statement-breakpoint
CREATE TABLE "user_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"profile_name" text NOT NULL,
	"headline" text,
	"summary_text" text,
	"skills_true" jsonb DEFAULT '[]'::jsonb,
	"skills_false" jsonb DEFAULT '[]'::jsonb,
	"languages" jsonb DEFAULT '[]'::jsonb,
	"location_preference" text,
	"role_preferences" jsonb,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"is_active" boolean DEFAULT true,
	CONSTRAINT "user_profiles_user_id_profile_name_key" UNIQUE("user_id","profile_name")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"timezone" text DEFAULT 'UTC',
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"is_active" boolean DEFAULT true,
	"notes" text,
	CONSTRAINT "users_email_key" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"canonical_domain" text,
	"hq_city" text,
	"hq_country" text,
	"industry" text,
	"size_bucket" text,
	"tier" text DEFAULT 'normal',
	"careers_page_url" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "companies_name_canonical_domain_key" UNIQUE("name","canonical_domain"),
	CONSTRAINT "companies_size_bucket_check" CHECK (size_bucket IN ('1-50', '51-200', '201-1000', '1001-5000', '5001-10000', '10000+')),
	CONSTRAINT "companies_tier_check" CHECK (tier IN ('top', 'normal', 'avoid'))
);
--> statement-breakpoint
CREATE TABLE "company_properties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"source" text DEFAULT 'manual',
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "company_properties_company_id_key_key" UNIQUE("company_id","key"),
	CONSTRAINT "company_properties_source_check" CHECK (source IN ('computed', 'manual', 'external_api'))
);
--> statement-breakpoint
CREATE TABLE "job_post_tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_post_id" uuid NOT NULL,
	"job_tag_id" uuid NOT NULL,
	CONSTRAINT "job_post_tags_job_post_id_job_tag_id_key" UNIQUE("job_post_id","job_tag_id")
);
--> statement-breakpoint
CREATE TABLE "job_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_source_id" uuid,
	"company_id" uuid,
	"source_url" text NOT NULL,
	"canonical_url" text,
	"job_title" text NOT NULL,
	"raw_location" text,
	"location_city" text,
	"location_country" text,
	"employment_type" text,
	"seniority_level" text,
	"department" text,
	"posting_datetime" timestamp with time zone,
	"scraped_html" text,
	"description_raw" text,
	"description_clean" text,
	"embedding_vector_id" text,
	"is_remote_allowed" boolean,
	"compensation_currency" text,
	"compensation_min" numeric,
	"compensation_max" numeric,
	"compensation_notes" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "job_posts_source_url_key" UNIQUE("source_url"),
	CONSTRAINT "job_posts_employment_type_check" CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'intern', 'freelance')),
	CONSTRAINT "job_posts_seniority_level_check" CHECK (seniority_level IN ('intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'director', 'vp', 'c_level'))
);
--> statement-breakpoint
CREATE TABLE "job_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"source_type" text NOT NULL,
	"base_url" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "job_sources_name_key" UNIQUE("name"),
	CONSTRAINT "job_sources_source_type_check" CHECK (source_type IN ('job_board', 'company_site', 'referral', 'aggregator'))
);
--> statement-breakpoint
CREATE TABLE "job_tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "job_tags_name_key" UNIQUE("name"),
	CONSTRAINT "job_tags_category_check" CHECK (category IN ('skill', 'tech', 'domain', 'seniority', 'benefit'))
);
--> statement-breakpoint
CREATE TABLE "application_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_name" text,
	"start_datetime" timestamp with time zone DEFAULT now(),
	"end_datetime" timestamp with time zone,
	"status" text DEFAULT 'planned',
	"max_applications" integer DEFAULT 200,
	"max_duration_seconds" integer DEFAULT 7200,
	"max_parallel_agents" integer DEFAULT 5,
	"config_snapshot" jsonb,
	"total_applications_attempted" integer DEFAULT 0,
	"total_applications_successful" integer DEFAULT 0,
	"total_tokens_input" bigint DEFAULT 0,
	"total_tokens_output" bigint DEFAULT 0,
	"total_cost_estimated" numeric(10, 4) DEFAULT 0,
	"num_low_effort" integer DEFAULT 0,
	"num_medium_effort" integer DEFAULT 0,
	"num_high_effort" integer DEFAULT 0,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "application_sessions_status_check" CHECK (status IN ('planned', 'running', 'completed', 'paused', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "session_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"message" text,
	"payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "application_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"step_index" integer NOT NULL,
	"page_url" text,
	"field_type" text,
	"field_label_raw" text,
	"field_label_normalized" text,
	"field_name_attr" text,
	"field_id_attr" text,
	"placeholder_text" text,
	"is_required" boolean DEFAULT false,
	"value_filled" text,
	"value_source" text,
	"effort_level_at_time" text,
	"confidence_score" numeric(4, 3),
	"validation_error_message" text,
	"corrected_value" text,
	"corrected_by" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "application_questions_field_type_check" CHECK (field_type IN (
        'text', 'textarea', 'select', 'checkbox', 'radio', 'upload', 'date', 'number', 'email', 'phone', 'url'
      )),
	CONSTRAINT "application_questions_value_source_check" CHECK (value_source IN ('profile', 'llm', 'default', 'manual_correction', 'template')),
	CONSTRAINT "application_questions_corrected_by_check" CHECK (corrected_by IN ('qa_agent', 'user'))
);
--> statement-breakpoint
CREATE TABLE "application_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"old_status" text,
	"new_status" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now(),
	"reason" text,
	"actor" text DEFAULT 'system',
	CONSTRAINT "application_status_history_actor_check" CHECK (actor IN ('system', 'user', 'qa_agent'))
);
--> statement-breakpoint
CREATE TABLE "application_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"step_index" integer NOT NULL,
	"action_type" text NOT NULL,
	"description" text,
	"page_url" text,
	"dom_selector" text,
	"screenshot_path" text,
	"timestamp_start" timestamp with time zone,
	"timestamp_end" timestamp with time zone,
	"success" boolean,
	"error_message" text,
	CONSTRAINT "application_steps_action_type_check" CHECK (action_type IN (
        'navigate', 'click', 'fill_field', 'select_option', 'upload_file', 'submit_form', 'wait', 'scroll',
        'hover', 'captcha_solve', 'login'
      ))
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" uuid,
	"job_post_id" uuid NOT NULL,
	"effort_level" text NOT NULL,
	"effort_hint_source" text DEFAULT 'auto',
	"match_score" numeric(4, 3),
	"selected_resume_id" uuid,
	"selected_resume_version_id" uuid,
	"profile_id" uuid,
	"cover_letter_template_id" uuid,
	"cover_letter_text" text,
	"cover_letter_generated_by" text,
	"application_status" text DEFAULT 'queued',
	"application_started_at" timestamp with time zone,
	"application_submitted_at" timestamp with time zone,
	"duration_seconds" integer,
	"success_flag" boolean,
	"final_confirmation_type" text,
	"final_confirmation_screenshot_path" text,
	"failure_reason_code" text,
	"failure_reason_detail" text,
	"manual_followup_needed" boolean DEFAULT false,
	"mlflow_run_id" text,
	"langfuse_trace_id" text,
	"domain_name" text,
	"tokens_input_total" bigint DEFAULT 0,
	"tokens_output_total" bigint DEFAULT 0,
	"cost_estimated_total" numeric(10, 6) DEFAULT 0,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "applications_effort_level_check" CHECK (effort_level IN ('low', 'medium', 'high')),
	CONSTRAINT "applications_effort_hint_source_check" CHECK (effort_hint_source IN ('user', 'auto')),
	CONSTRAINT "applications_cover_letter_generated_by_check" CHECK (cover_letter_generated_by IN ('llm', 'mixed', 'none', 'template')),
	CONSTRAINT "applications_application_status_check" CHECK (application_status IN ('queued', 'in_progress', 'submitted', 'failed', 'paused', 'skipped', 'cancelled')),
	CONSTRAINT "applications_final_confirmation_type_check" CHECK (final_confirmation_type IN ('confirmation_page', 'confirmation_email', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid,
	"session_id" uuid,
	"event_type" text NOT NULL,
	"event_detail" text,
	"payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "captcha_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"provider" text,
	"attempt_number" integer NOT NULL,
	"status" text NOT NULL,
	"solver_type" text,
	"solver_service" text,
	"solve_time_ms" integer,
	"cost_cents" numeric(6, 2),
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "captcha_events_provider_check" CHECK (provider IN ('hcaptcha', 'recaptcha_v2', 'recaptcha_v3', 'turnstile', 'funcaptcha', 'unknown')),
	CONSTRAINT "captcha_events_status_check" CHECK (status IN ('attempted', 'solved', 'failed', 'skipped', 'manual_required')),
	CONSTRAINT "captcha_events_solver_type_check" CHECK (solver_type IN ('agent', 'human', 'external_service'))
);
--> statement-breakpoint
CREATE TABLE "domain_rate_limits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"domain_name" text NOT NULL,
	"date" date NOT NULL,
	"applications_attempted" integer DEFAULT 0,
	"applications_successful" integer DEFAULT 0,
	"applications_failed" integer DEFAULT 0,
	"last_block_timestamp" timestamp with time zone,
	"is_temporarily_blocked" boolean DEFAULT false,
	"blocked_until" timestamp with time zone,
	"notes" text,
	CONSTRAINT "domain_rate_limits_domain_name_date_key" UNIQUE("domain_name","date")
);
--> statement-breakpoint
CREATE TABLE "two_factor_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"method" text,
	"requested_at" timestamp with time zone DEFAULT now(),
	"code_supplied_at" timestamp with time zone,
	"status" text DEFAULT 'pending',
	"notes" text,
	CONSTRAINT "two_factor_events_method_check" CHECK (method IN ('sms', 'email', 'app', 'call')),
	CONSTRAINT "two_factor_events_status_check" CHECK (status IN ('pending', 'completed', 'failed', 'skipped', 'timeout'))
);
--> statement-breakpoint
CREATE TABLE "model_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"base_url" text,
	"pricing_json" jsonb,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "model_providers_name_key" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "model_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid,
	"session_id" uuid,
	"provider_id" uuid,
	"model_name" text NOT NULL,
	"call_type" text,
	"tokens_input" integer,
	"tokens_output" integer,
	"cost_estimated" numeric(10, 6),
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"purpose" text,
	"status" text DEFAULT 'success',
	"error_message" text,
	"request_id" text,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "model_usage_call_type_check" CHECK (call_type IN ('embedding', 'chat_completion', 'tool_call', 'function_call')),
	CONSTRAINT "model_usage_status_check" CHECK (status IN ('success', 'failed', 'timeout', 'rate_limited'))
);
--> statement-breakpoint
CREATE TABLE "qa_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"qa_type" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now(),
	"completed_at" timestamp with time zone,
	"status" text DEFAULT 'pending',
	"issues_found_count" integer DEFAULT 0,
	"notes" text,
	CONSTRAINT "qa_checks_qa_type_check" CHECK (qa_type IN ('hallucination_check', 'consistency_check', 'policy_compliance', 'completeness_check')),
	CONSTRAINT "qa_checks_status_check" CHECK (status IN ('pending', 'passed', 'issues_found', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "qa_issues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"qa_check_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"field_label" text,
	"issue_type" text NOT NULL,
	"description" text NOT NULL,
	"suggested_fix" text,
	"fix_applied" boolean DEFAULT false,
	"fixed_value" text,
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "saturnus"."email_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"provider" text,
	"address" text NOT NULL,
	"display_name" text,
	"connection_config" jsonb,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"is_active" boolean DEFAULT true,
	CONSTRAINT "email_accounts_user_id_address_key" UNIQUE("user_id","address"),
	CONSTRAINT "email_accounts_provider_check" CHECK (provider IN ('gmail', 'outlook', 'imap', 'other'))
);
--> statement-breakpoint
CREATE TABLE "saturnus"."email_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_id" uuid NOT NULL,
	"action_type" text NOT NULL,
	"action_payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "email_actions_action_type_check" CHECK (action_type IN (
        'created_task', 'sent_reply', 'archived', 'labeled', 'forwarded', 'scheduled_followup',
        'marked_important'
      ))
);
--> statement-breakpoint
CREATE TABLE "saturnus"."email_application_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"link_type" text,
	"confidence_score" numeric(4, 3),
	"matched_by" text,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "email_application_links_email_id_application_id_key" UNIQUE("email_id","application_id"),
	CONSTRAINT "email_application_links_link_type_check" CHECK (link_type IN ('confirmation', 'interview_invite', 'rejection', 'offer', 'assessment', 'other')),
	CONSTRAINT "email_application_links_matched_by_check" CHECK (matched_by IN ('company_name', 'job_title', 'date_proximity', 'email_content', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "saturnus"."email_classifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_id" uuid NOT NULL,
	"classification_label" text,
	"eisenhower_quadrant" text,
	"importance_score" numeric(4, 3),
	"confidence_score" numeric(4, 3),
	"generated_by" text,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "email_classifications_classification_label_check" CHECK (classification_label IN (
        'interview_invite', 'rejection', 'status_update', 'offer', 'assessment', 'newsletter', 'spam', 'other'
      )),
	CONSTRAINT "email_classifications_eisenhower_quadrant_check" CHECK (eisenhower_quadrant IN ('Q1', 'Q2', 'Q3', 'Q4')),
	CONSTRAINT "email_classifications_generated_by_check" CHECK (generated_by IN ('llm', 'rule', 'user'))
);
--> statement-breakpoint
CREATE TABLE "saturnus"."email_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_account_id" uuid NOT NULL,
	"thread_external_id" text,
	"subject_normalized" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "email_threads_email_account_id_thread_external_id_key" UNIQUE("email_account_id","thread_external_id")
);
--> statement-breakpoint
CREATE TABLE "saturnus"."emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_account_id" uuid NOT NULL,
	"thread_id" uuid,
	"message_external_id" text,
	"in_reply_to_message_id" uuid,
	"from_address" text NOT NULL,
	"to_address" text NOT NULL,
	"cc_addresses" jsonb DEFAULT '[]'::jsonb,
	"bcc_addresses" jsonb DEFAULT '[]'::jsonb,
	"subject" text,
	"body_plain" text,
	"body_html" text,
	"received_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"direction" text,
	"raw_source_path" text,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "emails_email_account_id_message_external_id_key" UNIQUE("email_account_id","message_external_id"),
	CONSTRAINT "emails_direction_check" CHECK (direction IN ('inbound', 'outbound'))
);
--> statement-breakpoint
CREATE TABLE "interview_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"outcome" text,
	"feedback_summary" text,
	"offer_extended" boolean DEFAULT false,
	"offer_details" jsonb,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "interview_outcomes_outcome_check" CHECK (outcome IN ('passed', 'failed', 'pending', 'withdrawn', 'rescheduled', 'no_show'))
);
--> statement-breakpoint
CREATE TABLE "interview_prep_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid,
	"application_id" uuid,
	"generated_at" timestamp with time zone DEFAULT now(),
	"prep_document_path" text,
	"topics_summary" text,
	"company_research_notes" text,
	"question_bank" jsonb,
	"model_used" text,
	"tokens_input" integer,
	"tokens_output" integer,
	"cost_estimated" numeric(10, 6)
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"company_id" uuid,
	"interview_type" text,
	"round_number" integer DEFAULT 1,
	"scheduled_datetime" timestamp with time zone,
	"duration_minutes" integer,
	"location" text,
	"meeting_link" text,
	"interviewer_names" jsonb DEFAULT '[]'::jsonb,
	"interviewer_roles" jsonb DEFAULT '[]'::jsonb,
	"calendar_event_id" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "interviews_interview_type_check" CHECK (interview_type IN (
        'phone_screen', 'technical', 'behavioral', 'system_design', 'onsite', 'hr', 'hiring_manager', 'panel',
        'other'
      )),
	CONSTRAINT "interviews_location_check" CHECK (location IN ('remote', 'onsite', 'hybrid'))
);
--> statement-breakpoint
CREATE TABLE "company_metrics_daily" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"date" date NOT NULL,
	"applications_sent" integer DEFAULT 0,
	"applications_successful" integer DEFAULT 0,
	"interviews_received" integer DEFAULT 0,
	"offers_received" integer DEFAULT 0,
	"avg_response_time_days" numeric(5, 2),
	"last_response_datetime" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "company_metrics_daily_company_id_date_key" UNIQUE("company_id","date")
);
--> statement-breakpoint
CREATE TABLE "session_digests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now(),
	"summary_text" text,
	"applications_total" integer,
	"applications_successful" integer,
	"applications_failed" integer,
	"num_low_effort" integer,
	"num_medium_effort" integer,
	"num_high_effort" integer,
	"tokens_input_total" bigint,
	"tokens_output_total" bigint,
	"cost_estimated_total" numeric(10, 4),
	"avg_match_score" numeric(4, 3),
	"avg_duration_seconds" integer,
	"per_domain_stats" jsonb,
	"per_company_tier_stats" jsonb,
	"errors_summary" jsonb,
	"digest_email_sent" boolean DEFAULT false,
	"digest_email_id" uuid
);
--> statement-breakpoint
CREATE TABLE "domain_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"domain_name" text NOT NULL,
	"max_applications_per_day" integer DEFAULT 10,
	"min_seconds_between_applications" integer DEFAULT 60,
	"max_concurrent_applications" integer DEFAULT 1,
	"avoid_if_possible" boolean DEFAULT false,
	"requires_account_creation" boolean DEFAULT false,
	"typical_captcha_type" text,
	"last_reviewed_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "domain_policies_domain_name_key" UNIQUE("domain_name")
);
--> statement-breakpoint
CREATE TABLE "system_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"config_name" text NOT NULL,
	"config_json" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now(),
	"created_by" text DEFAULT 'system',
	"is_active" boolean DEFAULT true,
	CONSTRAINT "system_configs_created_by_check" CHECK (created_by IN ('user', 'system'))
);
--> statement-breakpoint
CREATE TABLE "data_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"table_name" text NOT NULL,
	"record_id" uuid NOT NULL,
	"field_name" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb NOT NULL,
	"correction_reason" text,
	"corrected_by" text DEFAULT 'user',
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "data_corrections_corrected_by_check" CHECK (corrected_by IN ('user', 'system', 'qa_agent'))
);
--> statement-breakpoint
ALTER TABLE "cover_letter_templates" ADD CONSTRAINT "cover_letter_templates_user_profile_id_fkey" FOREIGN KEY ("user_profile_id") REFERENCES "public"."user_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_versions" ADD CONSTRAINT "resume_versions_resume_id_fkey" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_user_profile_id_fkey" FOREIGN KEY ("user_profile_id") REFERENCES "public"."user_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_properties" ADD CONSTRAINT "company_properties_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_post_tags" ADD CONSTRAINT "job_post_tags_job_post_id_fkey" FOREIGN KEY ("job_post_id") REFERENCES "public"."job_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_post_tags" ADD CONSTRAINT "job_post_tags_job_tag_id_fkey" FOREIGN KEY ("job_tag_id") REFERENCES "public"."job_tags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_posts" ADD CONSTRAINT "job_posts_job_source_id_fkey" FOREIGN KEY ("job_source_id") REFERENCES "public"."job_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_posts" ADD CONSTRAINT "job_posts_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_sessions" ADD CONSTRAINT "application_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_events" ADD CONSTRAINT "session_events_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "public"."application_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_questions" ADD CONSTRAINT "application_questions_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_status_history" ADD CONSTRAINT "application_status_history_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_steps" ADD CONSTRAINT "application_steps_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "public"."application_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_job_post_id_fkey" FOREIGN KEY ("job_post_id") REFERENCES "public"."job_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_selected_resume_id_fkey" FOREIGN KEY ("selected_resume_id") REFERENCES "public"."resumes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_selected_resume_version_id_fkey" FOREIGN KEY ("selected_resume_version_id") REFERENCES "public"."resume_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "public"."user_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_cover_letter_template_id_fkey" FOREIGN KEY ("cover_letter_template_id") REFERENCES "public"."cover_letter_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "public"."application_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captcha_events" ADD CONSTRAINT "captcha_events_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "two_factor_events" ADD CONSTRAINT "two_factor_events_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_usage" ADD CONSTRAINT "model_usage_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_usage" ADD CONSTRAINT "model_usage_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "public"."application_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_usage" ADD CONSTRAINT "model_usage_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "public"."model_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_checks" ADD CONSTRAINT "qa_checks_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_issues" ADD CONSTRAINT "qa_issues_qa_check_id_fkey" FOREIGN KEY ("qa_check_id") REFERENCES "public"."qa_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_issues" ADD CONSTRAINT "qa_issues_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."email_accounts" ADD CONSTRAINT "email_accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."email_actions" ADD CONSTRAINT "email_actions_email_id_fkey" FOREIGN KEY ("email_id") REFERENCES "saturnus"."emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."email_application_links" ADD CONSTRAINT "email_application_links_email_id_fkey" FOREIGN KEY ("email_id") REFERENCES "saturnus"."emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."email_application_links" ADD CONSTRAINT "email_application_links_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."email_classifications" ADD CONSTRAINT "email_classifications_email_id_fkey" FOREIGN KEY ("email_id") REFERENCES "saturnus"."emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."email_threads" ADD CONSTRAINT "email_threads_email_account_id_fkey" FOREIGN KEY ("email_account_id") REFERENCES "saturnus"."email_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."emails" ADD CONSTRAINT "emails_email_account_id_fkey" FOREIGN KEY ("email_account_id") REFERENCES "saturnus"."email_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."emails" ADD CONSTRAINT "emails_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "saturnus"."email_threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saturnus"."emails" ADD CONSTRAINT "emails_in_reply_to_message_id_fkey" FOREIGN KEY ("in_reply_to_message_id") REFERENCES "saturnus"."emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_outcomes" ADD CONSTRAINT "interview_outcomes_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_prep_packages" ADD CONSTRAINT "interview_prep_packages_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_prep_packages" ADD CONSTRAINT "interview_prep_packages_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_metrics_daily" ADD CONSTRAINT "company_metrics_daily_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_digests" ADD CONSTRAINT "session_digests_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "public"."application_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_digests" ADD CONSTRAINT "session_digests_digest_email_id_fkey" FOREIGN KEY ("digest_email_id") REFERENCES "saturnus"."emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_resume_versions_resume" ON "resume_versions" USING btree ("resume_id");--> statement-breakpoint
CREATE INDEX "idx_resume_versions_default" ON "resume_versions" USING btree ("resume_id") WHERE is_default_for_resume = TRUE;--> statement-breakpoint
CREATE INDEX "idx_resumes_profile" ON "resumes" USING btree ("user_profile_id");--> statement-breakpoint
CREATE INDEX "idx_user_profiles_user" ON "user_profiles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_users_email" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "idx_users_external_id" ON "users" USING btree ("external_id") WHERE external_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "idx_companies_name" ON "companies" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_companies_domain" ON "companies" USING btree ("canonical_domain");--> statement-breakpoint
CREATE INDEX "idx_companies_tier" ON "companies" USING btree ("tier");--> statement-breakpoint
CREATE INDEX "idx_company_properties_company" ON "company_properties" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "idx_job_post_tags_post" ON "job_post_tags" USING btree ("job_post_id");--> statement-breakpoint
CREATE INDEX "idx_job_post_tags_tag" ON "job_post_tags" USING btree ("job_tag_id");--> statement-breakpoint
CREATE INDEX "idx_job_posts_company" ON "job_posts" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "idx_job_posts_source" ON "job_posts" USING btree ("job_source_id");--> statement-breakpoint
CREATE INDEX "idx_job_posts_title" ON "job_posts" USING btree ("job_title");--> statement-breakpoint
CREATE INDEX "idx_job_posts_location" ON "job_posts" USING btree ("location_country","location_city");--> statement-breakpoint
CREATE INDEX "idx_job_posts_created" ON "job_posts" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_job_tags_category" ON "job_tags" USING btree ("category");--> statement-breakpoint
CREATE INDEX "idx_sessions_user" ON "application_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_sessions_status" ON "application_sessions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_sessions_start" ON "application_sessions" USING btree ("start_datetime" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_session_events_session" ON "session_events" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "idx_session_events_type" ON "session_events" USING btree ("event_type");--> statement-breakpoint
CREATE INDEX "idx_session_events_created" ON "session_events" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_app_questions_app" ON "application_questions" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_app_questions_step" ON "application_questions" USING btree ("application_id","step_index");--> statement-breakpoint
CREATE INDEX "idx_app_questions_label" ON "application_questions" USING btree ("field_label_normalized");--> statement-breakpoint
CREATE INDEX "idx_app_status_history_app" ON "application_status_history" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_app_status_history_changed" ON "application_status_history" USING btree ("changed_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_app_steps_app" ON "application_steps" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_app_steps_order" ON "application_steps" USING btree ("application_id","step_index");--> statement-breakpoint
CREATE INDEX "idx_applications_user" ON "applications" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_applications_session" ON "applications" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "idx_applications_job" ON "applications" USING btree ("job_post_id");--> statement-breakpoint
CREATE INDEX "idx_applications_status" ON "applications" USING btree ("application_status");--> statement-breakpoint
CREATE INDEX "idx_applications_effort" ON "applications" USING btree ("effort_level");--> statement-breakpoint
CREATE INDEX "idx_applications_created" ON "applications" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_applications_domain" ON "applications" USING btree ("domain_name");--> statement-breakpoint
CREATE INDEX "idx_app_events_app" ON "application_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_app_events_session" ON "application_events" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "idx_app_events_type" ON "application_events" USING btree ("event_type");--> statement-breakpoint
CREATE INDEX "idx_app_events_created" ON "application_events" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_captcha_events_app" ON "captcha_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_captcha_events_status" ON "captcha_events" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_domain_limits_domain" ON "domain_rate_limits" USING btree ("domain_name");--> statement-breakpoint
CREATE INDEX "idx_domain_limits_date" ON "domain_rate_limits" USING btree ("date" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_domain_limits_blocked" ON "domain_rate_limits" USING btree ("is_temporarily_blocked") WHERE is_temporarily_blocked = TRUE;--> statement-breakpoint
CREATE INDEX "idx_2fa_events_app" ON "two_factor_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_2fa_events_status" ON "two_factor_events" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_model_usage_app" ON "model_usage" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_model_usage_session" ON "model_usage" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "idx_model_usage_model" ON "model_usage" USING btree ("model_name");--> statement-breakpoint
CREATE INDEX "idx_model_usage_purpose" ON "model_usage" USING btree ("purpose");--> statement-breakpoint
CREATE INDEX "idx_model_usage_created" ON "model_usage" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_qa_checks_app" ON "qa_checks" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_qa_checks_status" ON "qa_checks" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_qa_issues_check" ON "qa_issues" USING btree ("qa_check_id");--> statement-breakpoint
CREATE INDEX "idx_qa_issues_app" ON "qa_issues" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_qa_issues_type" ON "qa_issues" USING btree ("issue_type");--> statement-breakpoint
CREATE INDEX "idx_email_accounts_user" ON "saturnus"."email_accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_email_actions_email" ON "saturnus"."email_actions" USING btree ("email_id");--> statement-breakpoint
CREATE INDEX "idx_email_actions_type" ON "saturnus"."email_actions" USING btree ("action_type");--> statement-breakpoint
CREATE INDEX "idx_email_app_links_email" ON "saturnus"."email_application_links" USING btree ("email_id");--> statement-breakpoint
CREATE INDEX "idx_email_app_links_app" ON "saturnus"."email_application_links" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_email_app_links_type" ON "saturnus"."email_application_links" USING btree ("link_type");--> statement-breakpoint
CREATE INDEX "idx_email_class_email" ON "saturnus"."email_classifications" USING btree ("email_id");--> statement-breakpoint
CREATE INDEX "idx_email_class_label" ON "saturnus"."email_classifications" USING btree ("classification_label");--> statement-breakpoint
CREATE INDEX "idx_email_class_quadrant" ON "saturnus"."email_classifications" USING btree ("eisenhower_quadrant");--> statement-breakpoint
CREATE INDEX "idx_email_threads_account" ON "saturnus"."email_threads" USING btree ("email_account_id");--> statement-breakpoint
CREATE INDEX "idx_email_threads_external" ON "saturnus"."email_threads" USING btree ("thread_external_id");--> statement-breakpoint
CREATE INDEX "idx_emails_account" ON "saturnus"."emails" USING btree ("email_account_id");--> statement-breakpoint
CREATE INDEX "idx_emails_thread" ON "saturnus"."emails" USING btree ("thread_id");--> statement-breakpoint
CREATE INDEX "idx_emails_from" ON "saturnus"."emails" USING btree ("from_address");--> statement-breakpoint
CREATE INDEX "idx_emails_received" ON "saturnus"."emails" USING btree ("received_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_emails_direction" ON "saturnus"."emails" USING btree ("direction");--> statement-breakpoint
CREATE INDEX "idx_interview_outcomes_interview" ON "interview_outcomes" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "idx_interview_outcomes_outcome" ON "interview_outcomes" USING btree ("outcome");--> statement-breakpoint
CREATE INDEX "idx_prep_packages_interview" ON "interview_prep_packages" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "idx_prep_packages_app" ON "interview_prep_packages" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_interviews_app" ON "interviews" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "idx_interviews_company" ON "interviews" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "idx_interviews_scheduled" ON "interviews" USING btree ("scheduled_datetime");--> statement-breakpoint
CREATE INDEX "idx_company_metrics_company" ON "company_metrics_daily" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "idx_company_metrics_date" ON "company_metrics_daily" USING btree ("date" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_session_digests_session" ON "session_digests" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "idx_session_digests_generated" ON "session_digests" USING btree ("generated_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_domain_policies_domain" ON "domain_policies" USING btree ("domain_name");--> statement-breakpoint
CREATE INDEX "idx_domain_policies_avoid" ON "domain_policies" USING btree ("avoid_if_possible") WHERE avoid_if_possible = TRUE;--> statement-breakpoint
CREATE INDEX "idx_system_configs_name" ON "system_configs" USING btree ("config_name");--> statement-breakpoint
CREATE INDEX "idx_system_configs_active" ON "system_configs" USING btree ("is_active") WHERE is_active = TRUE;--> statement-breakpoint
CREATE INDEX "idx_corrections_table" ON "data_corrections" USING btree ("table_name");--> statement-breakpoint
CREATE INDEX "idx_corrections_record" ON "data_corrections" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "idx_corrections_created" ON "data_corrections" USING btree ("created_at" DESC NULLS FIRST);