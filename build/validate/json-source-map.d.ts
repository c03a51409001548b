/** The part of json-source-map (which ships no types) that the validator uses. */
declare module 'json-source-map' {
  export interface SourceLocation {
    /** 0-based. */
    line: number;
    /** 0-based; counts a tab as 4 columns, so the validator derives columns from `pos` instead. */
    column: number;
    /** 0-based offset in the text. */
    pos: number;
  }
  export interface PointerLocations {
    value: SourceLocation;
    valueEnd: SourceLocation;
    key?: SourceLocation;
    keyEnd?: SourceLocation;
  }
  /** Throws a SyntaxError ("Unexpected token x in JSON at position n") on malformed input. */
  export function parse(text: string): { data: unknown; pointers: Record<string, PointerLocations> };
}
