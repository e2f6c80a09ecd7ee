import * as z from 'zod/mini';

const LinkSchema = z.object({ href: z.string() });

/** The `_links` block of a paged reply. */
export const PagingLinksSchema = z.object({
  self: LinkSchema,
  current: LinkSchema,
  next: z.optional(LinkSchema),
  previous: z.optional(LinkSchema),
});

/**
 * Codat's paging envelope (companies, connections and push operations only; source accounts and
 * mappings are plain arrays).
 */
export function pagedSchema<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    results: z.array(item),
    pageNumber: z.number(),
    pageSize: z.number(),
    totalResults: z.number(),
    _links: PagingLinksSchema,
  });
}

/** A page of `Item`s as parsed by {@link pagedSchema}. */
export interface Page<Item> {
  results: Item[];
  pageNumber: number;
  pageSize: number;
  totalResults: number;
  _links: z.output<typeof PagingLinksSchema>;
}

/** Query parameters of every paged list. */
export interface PageQuery {
  /** 1-based page number. @default 1 */
  page?: number;
  /** Items per page, 1 to 5000. @default 100 */
  pageSize?: number;
  /** Codat query language filter, for example `id=…`. */
  query?: string;
  /** Field to order by, `-` for descending, for example `-modifiedDate`. */
  orderBy?: string;
}
