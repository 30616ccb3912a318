/** The checklist's sections: a title, and one or two sentences on what they cover. */
export const sections = {
  briefing: {
    title: 'Handover briefing',
    intro:
      'What the customer must know and agree to before the system is handed over (chapter\u00a01).',
  },
  'user-passwords': {
    title: 'User passwords',
    intro:
      'The one password that opens voice mail, the Personal Assistant, forwarding, DISA transit and the user applications (chapter\u00a02.1).',
  },
  'management-passwords': {
    title: 'Management passwords',
    intro:
      'The passwords OMC and MMC-Station log in with, and the software download session (chapter\u00a02.2).',
  },
  'remote-access': {
    title: 'Remote access',
    intro:
      'Access from the Internet: a VPN before R8.2, port 50443 from R8.2 on, and only if the customer needs it (chapter\u00a03).',
  },
  'noteworthy-addresses': {
    title: 'Noteworthy addresses',
    intro:
      'System labels read and set in OMC under System Miscellaneous > Memory Read/Write > Other Labels (chapters\u00a03.4 and 4.4 to 4.9).',
  },
  'system-options': {
    title: 'System and user options',
    intro:
      'Break-out through transfer, forwarding and the Personal Assistant, and the feature rights that open the system to remote use (chapters\u00a04.1 to 4.3 and 4.8).',
  },
  csta: {
    title: 'External CSTA applications',
    intro:
      'Whether outside applications may control calls through CSTA (chapter\u00a04.10).',
  },
  certificates: {
    title: 'Certificates',
    intro:
      'Certificate management in the Web-Based Tool and OMC’s check of the system’s certificate, from R10.0 (chapter\u00a04.11).',
  },
  maintenance: {
    title: 'Maintenance',
    intro:
      'Keeping the system on the latest version of its release, as the note repeats throughout chapter 4.',
  },
};
