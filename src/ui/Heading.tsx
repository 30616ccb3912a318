import { Paragraph } from './Paragraph.js';

/** A screen's title, in bold, on at most two lines. */
export function Heading({ text }: { text: string }) {
  return <Paragraph text={text} tone="strong" lines={2} />;
}
