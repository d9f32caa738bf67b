import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: "Nyx Venatrix",
    description: "Finds, scores and applies to jobs for you, from your own Chrome, with a server on 127.0.0.1.",
    permissions: ["storage", "sidePanel", "contextMenus", "tabs", "alarms", "tabGroups"],
    // <all_urls>: a screenshot of a worker tab (a CAPTCHA that beat every attempt) for the person's phone.
    host_permissions: ["http://127.0.0.1/*", "http://localhost/*", "<all_urls>"],
    action: { default_title: "Nyx Venatrix" },
    commands: {
      "hunt-this-job": { suggested_key: { default: "Alt+Shift+H" }, description: "Hunt this job" },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
