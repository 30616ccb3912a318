import { Box, Text } from 'ink';
import { useState } from 'react';
import {
  SITE_FIELDS,
  siteFieldError,
  type Session,
  type SessionEvent,
  type SiteField,
} from '../session/index.js';
import type { Visit } from '../answers.js';
import { FIELD_HINTS, Frame } from './Frame.js';
import { Heading } from './Heading.js';
import { Prompt } from './Prompt.js';
import { Tone } from './Tone.js';
import { useUi } from './UiContext.js';
import { truncate } from './wrap.js';

export function siteValue(visit: Visit, field: SiteField): string {
  switch (field) {
    case 'customer':
    case 'name':
    case 'address':
      return visit.site[field];
    case 'installer':
      return visit.people.installer.name;
    case 'company':
      return visit.people.installer.company;
    case 'date':
      return visit.date;
  }
}

interface Props {
  session: Session;
  field: SiteField;
  dispatch: (event: SessionEvent) => void;
  /** After a field is confirmed: the site name may match a visit in progress. */
  onConfirmed: (field: SiteField) => void;
  onTyped: (value: string) => void;
}

/** One field at a time, the ones already given listed above it. */
export function SiteScreen({ session, field, dispatch, onConfirmed, onTyped }: Props) {
  const { m, out, width } = useUi();
  const words = m.wizard.site;
  const [error, setError] = useState<string | null>(null);
  const before = SITE_FIELDS.slice(0, SITE_FIELDS.indexOf(field));

  const submit = (value: string) => {
    const problem = siteFieldError(field, value);
    if (problem === 'date')
      return setError(m.wizard.field.error.date({ value: value.trim() }));
    if (problem) return setError(m.wizard.field.error.required);
    dispatch({ type: 'site', field, value });
    onConfirmed(field);
  };

  return (
    <Frame session={session} hints={FIELD_HINTS}>
      <Heading text={words.heading} />
      <Box flexDirection="column" marginTop={1} marginBottom={before.length > 0 ? 1 : 0}>
        {before.map((name) => (
          <Text key={name}>
            <Tone kind="dim">
              {m.wizard.labelled({ label: words.label[name], text: '' })}
            </Tone>
            {truncate(
              siteValue(session.visit, name) || out.sym.dash,
              width - 16,
              out.sym.ellipsis,
            )}
          </Text>
        ))}
      </Box>
      <Prompt
        key={field}
        question={words.prompt[field]}
        initial={siteValue(session.visit, field)}
        error={error}
        onSubmit={submit}
        onCancel={(typed) => dispatch({ type: 'back', typed })}
        onChange={(value) => {
          setError(null);
          onTyped(value);
        }}
      />
    </Frame>
  );
}
