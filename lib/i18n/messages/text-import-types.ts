import type { textImportZhCN } from "./text-import-zh-CN";

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The shape of the `textImport` namespace in every locale. */
export type TextImportMessages = Strings<typeof textImportZhCN>;
