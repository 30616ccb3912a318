/**
 * How the rows of an item screen are shared out: the answer step keeps all
 * it needs, the release model and the standing come next, and the
 * recommendation, risk and place in OMC share the rest (each at least one
 * line, the full texts being behind ?).
 */
export interface Needs {
  heading: number;
  system: number;
  standing: number;
  recommendation: number;
  risk: number;
  where: number;
}

export function shareRows(needs: Needs, rows: number): Needs {
  const given: Needs = {
    heading: Math.min(needs.heading, 2),
    system: 0,
    standing: 0,
    recommendation: 0,
    risk: 0,
    where: 0,
  };
  let left = rows - given.heading;
  const take = (key: keyof Needs, upTo: number) => {
    const extra = Math.max(Math.min(upTo - given[key], needs[key] - given[key], left), 0);
    given[key] += extra;
    left -= extra;
  };
  take('system', 2);
  take('standing', 2);
  take('recommendation', 1);
  take('risk', 1);
  take('where', 1);
  take('recommendation', 4);
  take('risk', 3);
  take('where', 2);
  take('recommendation', Infinity);
  take('risk', Infinity);
  take('where', Infinity);

  return given;
}
