import { Box } from 'ink';
import type { Product } from '../release.js';
import type { Session, SessionEvent } from '../session/index.js';
import { Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { Paragraph } from './Paragraph.js';
import { Select } from './Select.js';
import { useUi } from './UiContext.js';

const PRODUCTS: Product[] = ['oxo', 'oxo-connect'];

interface Props {
  session: Session;
  dispatch: (event: SessionEvent) => void;
}

export function ProductScreen({ session, dispatch }: Props) {
  const { m } = useUi();

  return (
    <Frame session={session} hints={LIST_HINTS}>
      <Heading text={m.wizard.system.heading} />
      <Box flexDirection="column" marginTop={1}>
        <Paragraph text={m.wizard.system.product} tone="strong" />
        <Select
          options={PRODUCTS.map((product) => ({
            value: product,
            label: m.release.productName[product],
          }))}
          initial={PRODUCTS.indexOf(session.visit.product)}
          limit={2}
          onSelect={(product) => dispatch({ type: 'product', product })}
          onCancel={() => dispatch({ type: 'back' })}
        />
      </Box>
    </Frame>
  );
}
