/**
 * The sign-off: the customer's representative is named, reads the
 * acknowledgement and confirms, then the installer confirms. Both times go
 * into the visit's `signOff`, and the session is finished.
 */
import { advance, retreat, withVisit } from './moves.js';
import type { Session, SessionDeps, SessionEvent } from './types.js';
import { signerError } from './validate.js';

export function onSignOff(
  session: Session,
  event: SessionEvent,
  deps: SessionDeps,
): Session {
  const { position } = session;
  if (position.screen !== 'sign-off') return session;
  const signer = session.signer ?? { name: '', role: '' };
  const at = deps.now().toISOString();

  switch (event.type) {
    case 'signer': {
      if (position.step !== 'signer-name' && position.step !== 'signer-role')
        return session;
      if (signerError(event.value)) return session;
      const key = position.step === 'signer-name' ? 'name' : 'role';
      const next = { ...signer, [key]: event.value.trim() };

      return advance({ ...session, signer: next }, deps);
    }
    case 'customerConfirms':
      if (position.step !== 'acknowledge') return session;
      return advance({ ...session, signer: { ...signer, confirmedAt: at } }, deps);
    case 'installerConfirms': {
      if (position.step !== 'installer' || !signer.confirmedAt) return session;
      const signOff = {
        customer: {
          name: signer.name,
          role: signer.role,
          confirmedAt: signer.confirmedAt,
        },
        installer: { name: session.visit.people.installer.name, confirmedAt: at },
      };

      return {
        ...withVisit(session, { signOff }),
        finished: true,
        reportPending: true,
        position: { screen: 'finished' },
      };
    }
    case 'keep': {
      if (position.step !== 'signer-name' && position.step !== 'signer-role')
        return session;
      const key = position.step === 'signer-name' ? 'name' : 'role';

      return { ...session, signer: { ...signer, [key]: event.typed } };
    }
    case 'back': {
      if (event.typed === undefined || position.step === 'acknowledge') {
        return retreat(session, deps);
      }
      const key = position.step === 'signer-name' ? 'name' : 'role';

      return retreat({ ...session, signer: { ...signer, [key]: event.typed } }, deps);
    }
    default:
      return session;
  }
}
