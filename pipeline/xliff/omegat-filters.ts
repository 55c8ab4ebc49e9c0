/**
 * The project's own `omegat/filters.xml`: the XLIFF filter as the memories tarjama writes need
 * it, whatever the translator's global settings: a segment's id is its `<trans-unit>` id (so
 * a translation filled for one key never lands on another key with the same English, such as
 * two plural forms), and the tags around a whole segment are left out of it.
 */
export function omegatFilters(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<filters removeTags="true" removeSpacesNonseg="true" preserveSpaces="false" ignoreFileContext="false">',
    '  <filter className="org.omegat.filters3.xml.xliff.XLIFFFilter" enabled="true">',
    '    <files sourceFilenameMask="*.xlf" targetFilenamePattern="${filename}"/>',
    '    <option name="alttransidtype" value="ELEMENT_ID"/>',
    '  </filter>',
    '</filters>',
    '',
  ].join('\n');
}
