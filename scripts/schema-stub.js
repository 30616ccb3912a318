// conf imports its JSON-schema validator at load time even when no schema is
// given. The tool never gives one (validation is done by hand, and compiling
// a schema costs more than the whole start-up), so the bundle carries this
// stand-in, which refuses loudly if a schema is ever passed.
export class Ajv2020 {
  constructor() {
    throw new Error('JSON-schema validation is not bundled: do not pass conf a schema');
  }
}

export default { default: () => {} };
