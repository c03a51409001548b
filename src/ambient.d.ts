declare module 'virtual:dataset-validator' {
  /** Null when the document is a valid compiled dataset, else the first problem in words. */
  export function validateDataset(document: unknown): string | null;
}
