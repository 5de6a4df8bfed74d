export interface CatalogEntry {
  key: string;
  defaultMessage?: string;
  translation?: string;
  files: string[];
  obsolete?: boolean;
}

export interface Catalog {
  locale: string;
  entries: Record<string, CatalogEntry>;
}

export interface Formatter {
  extension: string;
  parse(source: string): Catalog;
  serialize(catalog: Catalog): string;
}

export interface FormatterContext {
  root: string;
  locale: string;
  env: Record<string, string | undefined>;
}

export type FormatterFactory = (ctx: FormatterContext) => Formatter | Promise<Formatter>;
