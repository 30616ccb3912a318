import { memo, type MutableRefObject } from 'react';
import {
  currentItem,
  type Session,
  type SessionEvent,
  type SiteField,
} from '../session/index.js';
import { FinishedScreen } from './FinishedScreen.js';
import { ForwardingScreen } from './ForwardingScreen.js';
import { ItemScreen } from './ItemScreen.js';
import { LanguageScreen } from './LanguageScreen.js';
import { ProductScreen } from './ProductScreen.js';
import { ReleaseCheckScreen } from './ReleaseCheckScreen.js';
import { ReleaseScreen } from './ReleaseScreen.js';
import { RemoteAccessScreen } from './RemoteAccessScreen.js';
import { ReviewScreen } from './ReviewScreen.js';
import { SectionScreen } from './SectionScreen.js';
import { SignOffScreen } from './SignOffScreen.js';
import { SiteScreen } from './SiteScreen.js';
import { useUi } from './UiContext.js';
import { useReportsAhead } from './use-reports-ahead.js';

interface Props {
  session: Session;
  dispatch: (event: SessionEvent) => void;
  home: string;
  now: () => Date;
  /** The item last opened from the review. */
  focus: MutableRefObject<string | null>;
  /** Esc on the first screen: back to the visits in progress. */
  onLeave: () => void;
  onConfirmed: (field: SiteField) => void;
  onTyped: (value: string) => void;
  onDone: () => void;
}

/**
 * The screen of the position the visit stands at; drawn again only when
 * its props change, so not while the help is open over it.
 */
export const SessionScreen = memo(function SessionScreen(props: Props) {
  const { session, dispatch, onTyped } = props;
  const { sections } = useUi();
  const { position } = session;
  const common = { session, dispatch };
  useReportsAhead(
    position.screen === 'review' || position.screen === 'sign-off',
    session,
  );

  switch (position.screen) {
    case 'language':
      return <LanguageScreen {...common} onLeave={props.onLeave} />;
    case 'site':
      return (
        <SiteScreen
          {...common}
          field={position.field}
          onConfirmed={props.onConfirmed}
          onTyped={onTyped}
        />
      );
    case 'product':
      return <ProductScreen {...common} />;
    case 'release':
      return <ReleaseScreen {...common} onTyped={onTyped} />;
    case 'release-check':
      return <ReleaseCheckScreen {...common} />;
    case 'remote-access':
      return <RemoteAccessScreen {...common} />;
    case 'section':
      return <SectionScreen {...common} section={position.section} />;
    case 'forwarding':
      return <ForwardingScreen {...common} />;
    case 'item': {
      const item = currentItem(session, { sections, now: props.now });
      // Sessions are made resumable on load, so the item is always known.
      if (!item) return null;
      return <ItemScreen {...common} item={item} onTyped={onTyped} now={props.now} />;
    }
    case 'review':
      return (
        <ReviewScreen
          {...common}
          now={props.now}
          focus={props.focus.current}
          onJump={(id) => {
            props.focus.current = id;
          }}
        />
      );
    case 'sign-off':
      return (
        <SignOffScreen
          {...common}
          step={position.step}
          home={props.home}
          onTyped={onTyped}
        />
      );
    case 'finished':
      return (
        <FinishedScreen
          session={session}
          home={props.home}
          now={props.now}
          onWritten={() => dispatch({ type: 'reportWritten' })}
          onLeave={props.onDone}
        />
      );
  }
});
