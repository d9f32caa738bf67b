import { readFileSync } from "node:fs";
import { type Profile, Profile as ProfileSchema } from "@nyx/shared";
import { parse } from "yaml";
import { FIXTURES } from "./support.ts";

/** The fixture person, validated as an import would. */
export const ada: Profile = ProfileSchema.parse(parse(readFileSync(new URL("profile/ada.yaml", FIXTURES), "utf8")));
