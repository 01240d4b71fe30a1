import type { ApiRoute } from "./route-registry";
import { ACCOUNT_ROUTES } from "./routes/account-routes";
import { EDITION_ROUTES } from "./routes/edition-routes";
import { PAGE_ROUTES } from "./routes/page-routes";
import { STORY_ROUTES } from "./routes/story-routes";
import { TEMPLATE_ROUTES } from "./routes/template-routes";

/** Every method of every route under app/api (next-auth's own routes excepted), one entry each. */
export const API_ROUTES: readonly ApiRoute[] = [...ACCOUNT_ROUTES, ...EDITION_ROUTES, ...STORY_ROUTES, ...PAGE_ROUTES, ...TEMPLATE_ROUTES];
