/**
 * The `omegat.project` file of an OmegaT project for one target locale: its folders the
 * defaults (`source/`, `target/`, `tm/`, `glossary/`, `dictionary/`), one segment per unit
 * (tarjama's units are already sentences or paragraphs), tags kept.
 */
export function omegatProject(sourceLocale: string, targetLocale: string): string {
  const folders = ['source_dir', 'target_dir', 'tm_dir', 'glossary_dir', 'glossary_file', 'dictionary_dir'].map((name) => `    <${name}>__DEFAULT__</${name}>`);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<omegat>',
    '  <project version="1.0">',
    ...folders,
    `    <source_lang>${sourceLocale}</source_lang>`,
    `    <target_lang>${targetLocale}</target_lang>`,
    '    <sentence_seg>false</sentence_seg>',
    '    <support_default_translations>true</support_default_translations>',
    '    <remove_tags>false</remove_tags>',
    '  </project>',
    '</omegat>',
    '',
  ].join('\n');
}
