import { z } from "zod";
import { editionDate, positiveId } from "./common";

/** POST /api/editions: an empty edition of the publication on that date. */
export const newEdition = z.object({ date: editionDate }).strict();
export type NewEditionBody = z.infer<typeof newEdition>;

export const edition = z.object({ id: positiveId, date: editionDate }).loose();
