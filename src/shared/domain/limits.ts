/**
 * Size limits shared by every schema and by the UI's messages ("At most 200 characters"):
 * generous for people, bounded for the database. Kept free of zod so the window can import it.
 */
export const limits = {
  shortText: 200,
  mediumText: 2_000,
  markdown: 1_000_000,
  listItems: 50
} as const
