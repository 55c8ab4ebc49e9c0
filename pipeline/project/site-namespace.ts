/** The namespace that holds the site strings every edition shows (`locales/<lng>/common.json`): an article cannot take its name. */
export const siteNamespace = 'common';
