/**
 * The little of citation-js the export tests use (it ships no types): parse a text (RIS, CSL-JSON)
 * into CSL items, as citation managers read what Backstory exports.
 */
declare module '@citation-js/core' {
  export class Cite {
    static async(input: unknown): Promise<Cite>;
    data: Array<Record<string, unknown>>;
  }
}
declare module '@citation-js/plugin-ris';
