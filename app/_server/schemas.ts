/** Route params shared by pages and routes; defined with the API's schemas in lib/api. */
export { editionDate, idParam } from "@/lib/api/common";
