// conf imports semver for its version migrations, and semver's start-up
// costs about 10 ms of the wizard's first frame. The tool never gives conf
// migrations, so the bundle carries this stand-in, which refuses loudly if
// one is ever asked for.
const refuse = () => {
  throw new Error('version migrations are not bundled: do not pass conf migrations');
};

export default { eq: refuse, clean: refuse, satisfies: refuse, lte: refuse, gt: refuse };
