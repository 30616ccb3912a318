import { Paragraph } from './Paragraph.js';
import { useUi } from './UiContext.js';

/** Why the text just typed was refused; the field stays for another try. */
export function FieldError({ text }: { text: string | null }) {
  const { out } = useUi();
  if (!text) return null;

  return <Paragraph text={text} tone="fail" mark={out.sym.fail} lines={3} />;
}
