/** What a slug (an article's file name, a namespace) may be: letters, digits, `-` and `_`, not starting with `-` or `_`. */
export const slugPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
