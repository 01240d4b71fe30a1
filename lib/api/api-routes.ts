import type { ApiRoute } from "./route-registry";
import { ACCOUNT_ROUTES } from "./routes/account-routes";
import { ARCHIVE_ROUTES } from "./routes/archive-routes";
import { CARRY_OVER_ROUTES } from "./routes/carry-over-routes";
import { CHECK_ROUTES } from "./routes/check-routes";
import { DESK_ROUTES } from "./routes/desk-routes";
import { EDITION_ROUTES } from "./routes/edition-routes";
import { IMPORT_ROUTES } from "./routes/import-routes";
import { EPAPER_ROUTES } from "./routes/epaper-routes";
import { ERROR_RATE_ROUTES } from "./routes/error-rate-routes";
import { NINJS_ROUTES } from "./routes/ninjs-routes";
import { PAGE_ROUTES } from "./routes/page-routes";
import { PROOF_ROUTES } from "./routes/proof-routes";
import { SEARCH_ROUTES } from "./routes/search-routes";
import { SIMILAR_ROUTES } from "./routes/similar-routes";
import { STORY_ROUTES } from "./routes/story-routes";
import { STORY_DESK_ROUTES } from "./routes/story-desk-routes";
import { TEMPLATE_ROUTES } from "./routes/template-routes";
import { CHECK_DESK_ROUTES } from "./routes/check-desk-routes";
import { CORRECTION_ROUTES } from "./routes/corrections-routes";

/** Every method of every route under app/api (next-auth's own routes excepted), one entry each. */
export const API_ROUTES: readonly ApiRoute[] = [...ACCOUNT_ROUTES, ...EDITION_ROUTES, ...STORY_ROUTES, ...PAGE_ROUTES, ...IMPORT_ROUTES, ...CARRY_OVER_ROUTES, ...EPAPER_ROUTES, ...TEMPLATE_ROUTES, ...STORY_DESK_ROUTES, ...DESK_ROUTES, ...NINJS_ROUTES, ...SEARCH_ROUTES, ...ERROR_RATE_ROUTES, ...ARCHIVE_ROUTES, ...SIMILAR_ROUTES, ...CHECK_ROUTES, ...CHECK_DESK_ROUTES, ...REVIEW_ROUTES, ...PROOF_ROUTES, ...CORRECTION_ROUTES];
import { REVIEW_ROUTES } from "./routes/review-routes";

/** Every method of every route under app/api (next-auth's own routes excepted), one entry each. */
