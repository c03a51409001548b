declare module 'virtual:dataset-validator' {
  /** Null when the document is a valid compiled dataset, else the first problem in words. */
  export function validateDataset(document: unknown): string | null;
}

/** Registers moment's French locale (used by the timeline's axis); it has no type declarations. */
declare module 'moment/dist/locale/fr';
