// The reference the wizard's start-up is measured against: the smallest ink
// program, bundled exactly as the wizard is.
import { render, Text } from 'ink';

const app = render(<Text>hello</Text>);
setTimeout(() => app.unmount(), 50);
