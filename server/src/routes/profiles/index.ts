import { AppError, DefaultResumeRequest, Profile, ProfileDraftRequest, type ProfileDraftResponse } from "@nyx/shared";
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { readOwner } from "../../owner.ts";
import { draftProfileFromCv } from "../../profiles/cv-draft/draft-profile.ts";
import { renderDraftYaml } from "../../profiles/cv-draft/draft-yaml.ts";
import { chooseDefaultResume } from "../../profiles/default-resume.ts";
import { importProfile } from "../../profiles/import.ts";
import { listProfiles } from "../../profiles/list.ts";
import { parseProfileYaml } from "../../profiles/parse-yaml.ts";

/** The profile as YAML text (as in profile.yaml) or as a JSON object, with its CV files in base64. */
const ImportRequest = z
  .strictObject({
    yaml: z.string().min(1).optional(),
    profile: z.unknown().optional(),
    files: z.record(z.string().min(1), z.base64("expected the file's bytes in base64")).default({}),
  })
  .refine((r) => (r.yaml === undefined) !== (r.profile === undefined), {
    message: "send exactly one of yaml or profile",
    path: ["yaml"],
  });

export function profileRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const owner = readOwner(deps.dataDir);
      return c.json({ profiles: owner ? await listProfiles(deps.database.db, { userId: owner.userId }) : [] });
    })
    .post("/", async (c) => {
      const request = ImportRequest.parse(await readJson(c));
      const profile = request.yaml !== undefined ? parseProfileYaml(request.yaml) : parseProfileObject(request.profile);
      const files = new Map(Object.entries(request.files).map(([name, b64]) => [name, Buffer.from(b64, "base64")]));
      const result = await importProfile(deps.database.db, deps.dataDir, { profile, files });
      c.get("log").info({ created: result.created, changed: result.changed }, "profile imported");
      return c.json(result, result.created ? 201 : 200);
    })
    .post("/draft", async (c) => {
      // A CV read into a draft profile for the person to review; nothing is stored.
      const { filename, base64 } = ProfileDraftRequest.parse(await readJson(c));
      const draft = await draftProfileFromCv({ filename, bytes: Buffer.from(base64, "base64") });
      c.get("log").info({ warnings: draft.warnings.length, missing: draft.missing.length }, "CV read into a draft");
      const response: ProfileDraftResponse = { ...draft, yaml: renderDraftYaml(draft, filename) };
      return c.json(response);
    })
    .put("/:id/default-resume", async (c) => {
      const { key } = DefaultResumeRequest.parse(await readJson(c));
      const owner = readOwner(deps.dataDir);
      if (!owner)
        throw new AppError("not_found", 'no profile yet: import one first ("nyx profile import profile.yaml")');
      const profileId = z.uuid().safeParse(c.req.param("id"));
      if (!profileId.success) throw new AppError("not_found", `no profile with id ${c.req.param("id")}`);
      const profile = await chooseDefaultResume(deps.database.db, {
        userId: owner.userId,
        profileId: profileId.data,
        key,
      });
      c.get("log").info({ profileId: profile.id }, "default CV chosen");
      return c.json({ profile });
    });
}

function parseProfileObject(value: unknown): Profile {
  const result = Profile.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map(String).join(".") || "(root)",
    message: i.message,
  }));
  throw new AppError(
    "validation_failed",
    `the profile has ${issues.length} bad field(s): ${issues.map((i) => i.path).join(", ")}`,
    {
      issues,
    },
  );
}
