/**
 * Validation of ninjs documents against the official IPTC ninjs 2.1 schema, for the tests (unit and e2e).
 * ajv 8 with draft 2020-12 — the schema's `unevaluatedProperties: false` needs it — and its formats
 * (`uri`, `date-time`).
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";

const schema = JSON.parse(readFileSync(new URL("./ninjs-schema_2.1.json", import.meta.url), "utf8")) as object;
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// places[].geojson refers to the GeoJSON schema on the web; Newsdesk never writes it.
ajv.addSchema({ $id: "https://geojson.org/schema/GeoJSON.json" });
const validate = ajv.compile(schema);

/** Every way the document breaks the schema, one line each (empty when it is valid). */
export function ninjsErrors(doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}
