export const cli = {
  usage: [
    'oxo-harden: secure an OmniPCX Office RCE system after the vendor note TC1143 ed.11.',
    '',
    'Usage:',
    '  oxo-harden                      start or resume the wizard (needs a terminal)',
    '  oxo-harden plan --release <r>   the checklist for one release',
    '  oxo-harden check-password --kind user|management|operator',
    '  oxo-harden ports --public <port>',
    '  oxo-harden report --out <dir>   render a finished session or an answers file',
    '  oxo-harden verify <file>        check a signed report',
    '  oxo-harden review <report>      start the periodic review of a site',
    '',
    'Every command takes --lang fr|en, --no-color and --help.',
  ].join('\n'),
  unknownCommand: ({ command }: { command: string }) =>
    `Unknown command "${command}". Run "oxo-harden --help" to see the commands.`,
  badOption: ({ command, detail }: { command: string; detail: string }) =>
    `${detail}. Run "oxo-harden ${command} --help" to see its options.`,
  badLang: ({ value }: { value: string }) =>
    `Unknown language "${value}": use --lang fr or --lang en.`,
  notInteractive:
    'The wizard needs an interactive terminal. Without one, use: oxo-harden plan, check-password, ports, report, verify or review --answers.',
  unknownOption: ({ option }: { option: string }) => `Unknown option ${option}`,
  missingValue: ({ option }: { option: string }) => `Option ${option} needs a value`,
  unexpectedArgument: ({ value }: { value: string }) => `Unexpected argument "${value}"`,
  interrupted: 'Interrupted. Everything answered so far is saved.',
  internalError: ({ message }: { message: string }) =>
    `Unexpected error: ${message}. This is a fault in oxo-harden; run again with OXO_HARDEN_DEBUG=1 to see the details, and report them.`,
};
