/**
 * The `string-width` package, loaded the first time a string needs it.
 * Loading it builds a grapheme segmenter and emoji patterns, which takes
 * tens of milliseconds: more than the rest of the wizard's first frame.
 * The bundle turns this `require` into a call to the bundled copy.
 */
type Width = (text: string, options?: { ambiguousIsNarrow?: boolean }) => number;

let loaded: Width | undefined;

export function segmentedWidth(text: string, options?: Parameters<Width>[1]): number {
  loaded ??= (require('../node_modules/string-width/index.js') as { default: Width })
    .default;

  return loaded(text, options);
}
