import { Box } from 'ink';
import { FieldError } from './FieldError.js';
import { Paragraph } from './Paragraph.js';
import { TextField } from './TextField.js';

interface Props {
  question: string;
  initial?: string;
  masked?: boolean;
  error: string | null;
  onSubmit: (value: string) => void;
  onCancel: (typed: string | undefined) => void;
  onChange?: (value: string) => void;
}

/** A question, its text field, and the reason the last answer was refused. */
export function Prompt({
  question,
  initial,
  masked,
  error,
  onSubmit,
  onCancel,
  onChange,
}: Props) {
  return (
    <Box flexDirection="column">
      <Paragraph text={question} tone="strong" lines={3} />
      <TextField
        initial={initial}
        masked={masked}
        onSubmit={onSubmit}
        onCancel={onCancel}
        onChange={onChange}
      />
      <FieldError text={error} />
    </Box>
  );
}
