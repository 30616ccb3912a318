/**
 * The words of every checklist item. `where` names the place in OMC (or the
 * Web-Based Tool) with the vendor's English menu names; `help` is what the
 * installer reads behind "?": the note's details, defaults and caveats.
 */
export const items = {
  'customer-informed': {
    title: 'Customer briefed on security functions',
    recommendation:
      'Explain to the customer’s system administrator the security functions of the system and what the system is exposed to when the recommendations are not followed strictly and at all times.',
    risk: 'An administrator who does not know the risks undoes the settings, shares passwords or opens access without thinking twice.',
    where: 'At handover, with the customer’s system administrator.',
    help: 'The note makes this the installer’s responsibility: the customer must understand the vulnerabilities of the system if the vendor’s recommendations are not followed rigorously and constantly. The signed report of this tool is the record of that briefing.',
  },
  'security-level-agreed': {
    title: 'Expected security level agreed',
    recommendation:
      'Discuss with the system administrator the level of security they expect, inform them accordingly, and configure the system to match it.',
    risk: 'Without an agreed level, features stay open that nobody asked for, or security settings block what the customer needs and get undone later.',
    where: 'At commissioning, with the customer’s system administrator.',
    help: 'Record the agreed level in the report: remote access wanted or not, which user applications connect from outside (My IC Mobile / OTCV, PIMphony, My IC Web for Office), and who may administer the system.',
  },
  'unrequested-features-off': {
    title: 'Features nobody asked for left off',
    recommendation:
      'Do not enable the Personal Assistant or the remote set-up of a forwarding unless the system administrator asks for them or plans to use them.',
    risk: 'The Personal Assistant and remote forwarding set-up let a caller who knows or guesses a user password forward calls to outside numbers at the customer’s expense.',
    where:
      'OMC: System Miscellaneous > Memory Read/Write > Other Labels: PerAssAlwd and DivRemCust (see those items).',
    help: 'Chapter 1 says remote forwarding set-up exists “since R700”; chapter 4.6 and the summary table give its switch, DivRemCust, only from R7.1 (710/028.001). On R7.0 the function cannot be switched off: upgrading to R7.1 is the remedy.',
  },
  'password-responsibility': {
    title: 'Administrator aware of password responsibility',
    recommendation:
      'Make sure the system administrator knows and understands that (a) a strict, constant password policy, at least as strict as the note’s, is the key to preventing unauthorized use, and (b) anyone who reaches the Personal Assistant or remote substitution (DISA transit) with a correct password is implicitly an authorized user of that password.',
    risk: 'Calls made with a stolen or guessed password are the customer’s calls: the system cannot tell them from the user’s own.',
    where: 'At handover, with the customer’s system administrator.',
    help: 'One user password opens voice mail, the Personal Assistant, password management, nomadic mode, forwarding, remote substitution, PIMphony, set locking, My IC Web for Office and My IC Mobile / OTCV. Creating and protecting it is the user’s and the administrator’s responsibility.',
  },
  'default-user-passwords-changed': {
    title: 'Default user passwords replaced',
    recommendation:
      'Replace the default user passwords with secure ones wherever users reach applications connected to the system: voice mail, Personal Assistant, or over the WAN with My IC Mobile, PIMphony and the like.',
    risk: 'Default passwords are known to anyone who has read a manual; they open voice mail, forwarding and DISA transit.',
    where:
      'On each set (voice mail, personal options) or in OMC: Users/Base stations List.',
    help: 'The system asks for the default password of a voice mailbox to be changed when the mailbox is initialised; other services keep the default until someone changes it.',
  },
  'no-trivial-user-passwords': {
    title: 'No trivial user passwords',
    recommendation:
      'Do not allow trivial user passwords such as 1234, 0000 or 1111; check any password you are given with this tool (offline).',
    risk: 'Trivial passwords are the first ones a fraudster tries on voice mail and DISA transit.',
    where: 'On each set, or in OMC: Users/Base stations List.',
    help: 'Releases that check user passwords themselves refuse trivial ones (see the next items); on the others, and after a swap with data saving, only a check by hand finds them. The check in this tool keeps only its verdict, never the password.',
  },
  'user-password-renewal': {
    title: 'Users change their passwords regularly',
    recommendation: 'Have users change their password regularly.',
    risk: 'A password that never changes stays useful to whoever once saw or guessed it.',
    where: 'Customer’s policy, told to every user.',
    help: 'The system does not enforce renewal: the policy rests with the system administrator.',
  },
  'user-password-not-shared': {
    title: 'Users keep their passwords to themselves',
    recommendation:
      'See to it that people do not pass their passwords to one another (colleagues or anyone else).',
    risk: 'A shared password is an authorized password in the system’s eyes, whoever uses it.',
    where: 'Customer’s policy, told to every user.',
    help: 'Anyone using a correct password is treated as the authorized user of that password (chapter 2.1).',
  },
  'set-locking': {
    title: 'Sets locked when not in use',
    recommendation:
      'See to it that people lock their set when it is not used for a while (holidays, weekends).',
    risk: 'An unlocked set in an empty office can be used to call out or to change its forwarding.',
    where: 'On the set: set locking, with the user password.',
    help: 'Set locking uses the same user password as the other user services.',
  },
  'user-password-control': {
    title: 'System refuses trivial user passwords',
    recommendation:
      'Run a version in which the system itself checks user passwords and refuses trivial ones.',
    risk: 'Without the check, users can keep or choose 0000 or 1234 and nothing stops them.',
    where:
      'Built into the system; try a trivial password on a set: it is refused with “Invalid entry”.',
    help: 'The check exists from 410/065.001, 510/059.001, 610/047.001, 710/057.007, 800/030.002, 810/045.003, 820/026.007, 900/033.002 and 910/021.001, and in every version of R9.2 and R10.0; R3.1 and R7.0 do not have it. The summary table and the text disagree for three lines: R4.1 410/064.001 (table) or 410/065.001 (text), R5.1 510/058.001 or 510/059.001, R7.1 710/057.007 (table) or 710/052.007 (text). The later version of each pair is taken.',
  },
  'trivial-list-extended': {
    title: 'Extended list of trivial user passwords',
    recommendation:
      'Run a version with the extended list of trivial user passwords: 800/043.001 or later in R8.0, 810/047.001 or later in R8.1.',
    risk: 'Older versions accept passwords that later versions know to be trivial.',
    where: 'Built into the system.',
    help: 'The note names only R8.0 (800/043.001) and R8.1 (810/047.001). Later lines are taken to have the extended list from the first version that checks user passwords at all (820/026.007, 900/033.002, 910/021.001, every version of R9.2 and R10.0); lines before R8.0 only have the first list.',
  },
  'trivial-after-swap': {
    title: 'Passwords checked again after a swap with data saving',
    recommendation:
      'After a swap with data saving from a version that did not check passwords, check the user passwords again: trivial ones come back with the data.',
    risk: 'The restored database brings back every trivial password, which the system then accepts as it stands.',
    where:
      'After the swap: the check function of R9.1 and later, or OMC 910/14.1b user password check.',
    help: 'The note leaves this to the user, the administrator or the installer. It applies from the versions that check user passwords (see “System refuses trivial user passwords”).',
  },
  'six-digit-user-passwords': {
    title: 'Six-digit user passwords',
    recommendation: 'Use six-digit user passwords where the version allows it.',
    risk: 'A four-digit password has a hundred times fewer possibilities than a six-digit one.',
    where: 'OMC recommends the change at every connection on an upgraded system.',
    help: 'From 820/026.007, 900/033.002 and 910/021.001 (and every later version). A new system starts with six digits; a system upgraded to one of these versions keeps its four-digit passwords, and OMC then recommends six digits at every connection. Whether the default is secure therefore depends on the system’s history.',
  },
  'trivial-password-reset': {
    title: 'Trivial user passwords found and reset',
    recommendation:
      'Use the system function that finds trivial user passwords, and the one that resets every trivial user password to the default, then have those users choose new ones.',
    risk: 'Trivial passwords chosen before the check, or restored by a swap, stay in use unnoticed.',
    where: 'System functions from R9.1 on (Expert Documentation).',
    help: 'From R9.1 on. A reset password is the default one, which the user must change at once (see “Default user passwords replaced”).',
  },
  'omc-password-check': {
    title: 'User passwords checked with OMC',
    recommendation:
      'Check the user passwords with OMC, and reset the ones found weak, using OMC 910/14.1b or later.',
    risk: 'On releases without a system check, weak passwords go unnoticed.',
    where: 'OMC 910/14.1b or later: user password check and reset.',
    help: 'The OMC check and reset of user passwords works on every release of the system, provided OMC itself is 910/14.1b or later.',
  },
  'management-default-passwords': {
    title: 'Default management passwords changed',
    recommendation:
      'Change the default Installer (OMC Expert), Administrator (OMC EasyPlus) and Operator (OMC Easy) passwords.',
    risk: 'These passwords give full control of the system, also through MMC-Station; their defaults are public.',
    where: 'OMC: the password of each view (Expert, EasyPlus, Easy).',
    help: 'The same passwords are used for MMC-Station connections.',
  },
  'management-password-practice': {
    title: 'Management password rules followed',
    recommendation:
      'Change management passwords regularly; set and apply a strict company policy; no trivial passwords (12345678, 11111111, 00000000); no everyday words; nothing linked to the person; a different password for each way of connecting; keep them confidential and never written down.',
    risk: 'Dictionary software and a look through someone’s desk find most management passwords that break these rules.',
    where: 'Customer’s policy, for everyone who administers the system.',
    help: 'Before R9.1 the system does not check management passwords: these rules are the only protection.',
  },
  'download-session-password': {
    title: 'Software download session password changed',
    recommendation:
      'Give the software download session its own password, under the same rules as the other management passwords.',
    risk: 'Its default is the default Installer password, so it stays open after the Installer password is changed.',
    where: 'OMC Expert: password of the software download session.',
    help: 'The software download session has a password of its own, which only OMC Expert can change.',
  },
  'callback-authorized-callers': {
    title: 'Callback / Authorized Callers considered',
    recommendation:
      'For an extra level of security, enable Callback / Authorized Callers so that only known callers can connect to the system for management.',
    risk: 'Without it, anyone who reaches the system and has a password can connect.',
    where: 'OMC: Network Management and Control > Callback / Authorized Callers.',
    help: 'This gives full control over who may connect to the system (Expert Documentation).',
  },
  'management-password-control': {
    title: 'Management passwords meet the system rules',
    recommendation:
      'Every management password but the Operator’s: exactly 8 characters, at least one upper-case letter, one lower-case letter and one digit, no special characters.',
    risk: 'Passwords set before the upgrade keep working until they are changed, even if they break the rules.',
    where: 'OMC: the password of each view; the system checks the rules.',
    help: 'From R9.1 (910/021.001 in the summary table) the system checks these rules. Check each password offline with this tool: only its verdict is kept.',
  },
  'operator-password-rules': {
    title: 'Operator password meets the system rules',
    recommendation:
      'The Operator password: exactly 8 characters, at least one digit, at least two different characters, not an ascending or descending run, no special characters.',
    risk: 'A weak Operator password opens OMC Easy to anyone who guesses it.',
    where: 'OMC Easy: Operator password; the system checks the rules.',
    help: 'From the first version of R10.0. Examples: “HelloYou” is refused (no digit), “Hello123” accepted, “11111111” and “aaaaaaaa” refused (one character), “12345678” and “abcdefgh” refused (a run).',
  },
  AutoPwdChk: {
    title: 'Default and trivial passwords detected (AutoPwdChk)',
    recommendation:
      'Use the system’s check of user, management and SIP phone admin passwords (AutoPwdChk), and replace every default or trivial password it finds.',
    risk: 'Default and trivial passwords left from before the rules keep the system open.',
    where:
      'OMC: System Miscellaneous > Memory Read/Write > Other Labels: AutoPwdChk (Expert Documentation).',
    help: 'From 910/021.001 and every version of R9.2 and R10.0.',
  },
  'installer-reset-identity': {
    title: 'Installer password reset requests identify the CPU',
    recommendation:
      'When asking the vendor to reset the Installer password, give the CPU’s serial number and MAC address, or its CPU ID.',
    risk: 'A request without them is refused, and the system stays locked out of management.',
    where: 'Service request to the vendor’s support.',
    help: 'Required from R9.0 on. Note the serial number and MAC address (or CPU ID) in the customer’s records at commissioning.',
  },
  'remote-access-only-if-needed': {
    title: 'Remote access only if needed',
    recommendation:
      'Enable remote access from the Internet only if the customer needs it; otherwise forward no port to the system.',
    risk: 'Every open path from the Internet is a path for toll fraud and intrusion.',
    where: 'The customer’s Internet access device (IAD).',
    help: 'Remote access may be needed by user applications (My IC Web for Office, My IC Mobile / OTCV, PIMphony) or management applications (OMC, Web-Based Tool). If it is, the items below apply, according to the release.',
  },
  'internet-access-device-secured': {
    title: 'Internet access device secured',
    recommendation:
      'Apply security measures suited to the site in the firewall of the Internet access device, which stands between the Internet and the LAN the system is on.',
    risk: 'The system is not connected to the Internet directly: the firewall is the only barrier in front of it.',
    where: 'The customer’s Internet access device (IAD): firewall and port forwarding.',
    help: 'The system is connected to the LAN, never directly to the Internet.',
  },
  'remote-access-vpn': {
    title: 'Remote access through a VPN',
    recommendation:
      'Before R8.2, connect remote applications from the Internet only through a VPN.',
    risk: 'Any other path from the Internet to the system is unprotected on these releases.',
    where: 'A VPN gateway or software chosen for the site.',
    help: 'Before R8.2 a VPN is mandatory. Neither the system nor the user applications provide a VPN: extra software or equipment is needed, and its security is its owner’s responsibility. From R8.2 on, see “Internet access through port 50443 only”.',
  },
  'remote-access-50443': {
    title: 'Internet access through port 50443 only',
    recommendation:
      'Forward Internet traffic to port 50443 of the system and to no other port: never to 443 or 10443, and to any other port only for a public IP trunk explicitly needed.',
    risk: 'Ports 443 and 10443 are for the LAN: traffic forwarded there escapes the access control the system applies to Internet traffic.',
    where:
      'The customer’s Internet access device (IAD): port forwarding {public IP, port 443} to {system IP, port 50443}.',
    help: 'From R8.2 the system tells Internet traffic from LAN traffic by destination port: 443 and 10443 for the LAN, 50443 for the Internet. My IC Phone sets use port 443 in R8.2 and 10443 after it. A VPN remains possible as well.',
  },
  'pimphony-remote-vpn': {
    title: 'Remote PIMphony IP through a VPN',
    recommendation: 'Connect PIMphony IP from the Internet only through a VPN.',
    risk: 'Remote PIMphony IP through port forwarding is not supported.',
    where: 'A VPN gateway or software chosen for the site.',
    help: 'From R8.2 on, the VPN is the only supported solution for remote PIMphony IP (chapter 3.3).',
  },
  'remote-app-ports': {
    title: 'Public port set in each remote application',
    recommendation:
      'If the public HTTPS port is not 443 (another HTTPS server already uses it), set that port as the destination in every remote application, and forward it to port 50443 of the system.',
    risk: 'Applications pointed at the wrong port fail, and a hurried fix tends to forward the wrong port.',
    where:
      'PIMphony: configuration wizard; OMC: PCX Name/IP Address field of the connection window; My IC Web for Office and the Web-Based Tool: the browser address; My IC Mobile / OTCV: see ExtHttpsPo.',
    help: 'Any unused port of the Internet access device will do, and the same port can serve every application. The destination is a port of the device’s public interface, not a port of the system: the device forwards it to port 50443.',
  },
  PerAssAlwd: {
    title: 'Personal Assistant disabled (PerAssAlwd)',
    recommendation:
      'Set PerAssAlwd to 00 (Personal Assistant disabled) unless the customer uses the Personal Assistant.',
    risk: 'The Personal Assistant can pass callers to outside numbers; with a guessed password it is a route for toll fraud.',
    where: 'OMC: System Miscellaneous > Memory Read/Write > Other Labels: PerAssAlwd.',
    help: 'Introduced in 310/055.001, 410/056.001, 510/035.001, 610/012.001, 700/012.005 (the first version of R7.0) and the first version of R7.1 to R9.1. Default 00 (disabled) from 410/064.001, 510/058.001, 610/033.001, 700/026.001, 710/022.001, 800/030.002, 810/045.003, 820/026.007, 900/033.002 and 910/021.001; in R3.1 the default stays 01 (enabled). For R6.1 the table says 610/031.001 and the text 610/033.001: the later, 610/033.001, is taken. After a swap with data saving from an earlier R6.x or R7.x to 610/033.001 or 710/022.001, the Personal Assistant must be enabled again if the customer used it.',
  },
  VMUMaxTry: {
    title: 'Voice mail log-in attempts limited (VMUMaxTry)',
    recommendation:
      'Set VMUMaxTry to 03: at most three failed voice mail log-in attempts.',
    risk: 'With the old default of 20 attempts, a caller can try password after password on the voice mail.',
    where: 'OMC: System Miscellaneous > Memory Read/Write > Other Labels: VMUMaxTry.',
    help: 'Introduced in 310/060.001, 410/064.001, 510/058.001, 610/015.001 (text; the table says 610/015.003, which is taken), 700/012.005 (the first version of R7.0) and the first version of R7.1 to R9.1. Default 03 from 310/060.001, 410/064.001, 510/058.001, 610/033.001, 700/026.001, 710/022.001, 800/030.002, 810/045.003, 820/026.007, 900/033.002 and 910/021.001; before, 20. A value below 03 gains nothing: the system says nothing about the mailbox’s state, and a caller still gets three tries (“xxxx is not your password”, then “goodbye”) before the call is released, even on a locked mailbox.',
  },
  DivRemCust: {
    title: 'Remote forwarding set-up disabled (DivRemCust)',
    recommendation:
      'Keep DivRemCust at 00 (remote forwarding set-up disabled) unless the customer asks for it.',
    risk: 'From the voice mail, a caller with a user password can forward that user’s calls to an outside number.',
    where: 'OMC: System Miscellaneous > Memory Read/Write > Other Labels: DivRemCust.',
    help: 'Introduced in 710/028.001 and the first version of R8.0 to R9.1. Default 00 (the menu is absent from the voice mail) from 710/028.001, 800/030.002, 810/045.003, 820/026.007, 900/033.002 and 910/021.001. The text prints the last one “R910/021.00”; the table’s full version 910/021.001 is taken. Chapter 1 dates the function from R700, but its switch only exists from R7.1: on R7.0, upgrade.',
  },
  CallCorres: {
    title: 'Call back from voice mail disabled (CallCorres)',
    recommendation:
      'Set CallCorres to 00 (no call back, option 3, when listening to a message) unless the customer needs it.',
    risk: 'Calling back the sender of a message from the voice mail can be used to reach outside numbers at the customer’s expense.',
    where: 'OMC: System Miscellaneous > Memory Read/Write > Other Labels: CallCorres.',
    help: 'Introduced in 510/064.001, 610/052.001, 710/097.001, 820/045.001, 900/037.001 and the first version of R9.1; not in R7.0 (from R7.1), nor in R8.0 and R8.1 (from R8.2). The default depends on the system’s target product (country): 00 call back not offered, 01 offered. Read the value on the system.',
  },
  ExtLnkClsd: {
    title: 'LAN and WAN links closed where unused (ExtLnkClsd)',
    recommendation:
      'If no application but OMC needs to connect to the system over the LAN or the WAN, set ExtLnkClsd to 01 to close every such link; a warm reset makes it take effect.',
    risk: 'With the default 00 every LAN and WAN link is open, used or not.',
    where:
      'OMC: System Miscellaneous > Memory Read/Write > Other Labels: ExtLnkClsd, then a warm reset.',
    help: 'From the first version of R8.2; not in R8.0 and R8.1. The default, 00, opens every link, so the tool never counts the default as the secure value: mark the item not applicable when the customer’s applications need the links. OMC connections stay allowed at 01, under the rules of chapter 3.',
  },
  ExtHttpsPo: {
    title: 'Public HTTPS port for My IC Mobile / OTCV (ExtHttpsPo)',
    recommendation:
      'When My IC Mobile / OTCV reach the system on a public port other than 443, set that port in ExtHttpsPo, as two hexadecimal bytes.',
    risk: 'A wrong value leaves the applications pointing at a port that is not forwarded, or at one that should not be.',
    where:
      'OMC: System Miscellaneous > Memory Read/Write > Other Labels: ExtHttpsPo; public URL in Hardware and Limits > LAN/IP Configuration > Router IP address/Domain Name.',
    help: 'The applications use port 443 by default. For port 33443, ExtHttpsPo is 82 A3 (hex). Only remote access through port forwarding, from R8.2 on, has a public port to set.',
  },
  'account-code-table-guest': {
    title: 'Account Code Table entries of category “Guest” reviewed',
    recommendation:
      'Decide which barring settings govern the Personal Assistant’s external-to-external calls: keep the Account Code Table’s “Guest” entries for the user’s barring, or remove them all for the voice mail units’ barring; set the chosen barring accordingly.',
    risk: 'Removing the last “Guest” entry silently moves the control to the voice mail units’ barring, which may let every Personal Assistant call out.',
    where:
      'OMC: System Miscellaneous > Traffic Sharing and Barring > Account Code Table.',
    help: 'By default, the Personal Assistant’s external-to-external joining is governed by the user’s barring matrix, barring tables and feature rights, as long as the Account Code Table holds one or more entries of barring category “Guest”. Once every “Guest” entry is removed, the barring settings (matrix and table) of the voice mail units govern it instead. This holds for every release.',
  },
  'joining-incoming-outgoing': {
    title: 'Joining incoming/outgoing denied per user',
    recommendation:
      'Deny incoming/outgoing joining in the feature rights of users who do not need it.',
    risk: 'An incoming call can be joined to an outside line by manual transfer or forwarding, at the customer’s expense.',
    where: 'OMC: Users/Base stations List > Feature Rights: joining incoming/outgoing.',
    help: 'With the three settings that follow, this keeps an incoming call from breaking out through a manual transfer or a forwarding. From R1.1 and R2.1 on.',
  },
  'ext-ext-transfer': {
    title: 'Ext/Ext transfer disabled',
    recommendation: 'Disable the Ext/Ext transfer unless the customer needs it.',
    risk: 'An outside caller can be transferred to another outside line.',
    where: 'OMC: System Miscellaneous > Feature Design > Part 2: Ext/Ext transfer.',
    help: 'From R1.1 and R2.1 on.',
  },
  'ext-ext-transfer-on-hang-up': {
    title: 'Ext/Ext transfer on hang-up disabled',
    recommendation:
      'Disable the Ext/Ext transfer on hang-up unless the customer needs it.',
    risk: 'Hanging up during a call between two outside lines leaves them connected, at the customer’s expense.',
    where:
      'OMC: System Miscellaneous > Feature Design > Part 2: Ext/Ext transfer on hang-up.',
    help: 'From R1.1 and R2.1 on.',
  },
  'barring-per-user': {
    title: 'Barring matrix and tables set per user',
    recommendation:
      'Set each user’s barring matrix and barring tables so that outside calls reach only what that user needs.',
    risk: 'A break-out through a user with open barring reaches any number, international and premium ones included.',
    where:
      'OMC: System Miscellaneous > Traffic Sharing and Barring: barring matrix and barring tables.',
    help: 'These govern break-out through transfer and forwarding, and the Personal Assistant’s as long as “Guest” entries remain in the Account Code Table (see that item).',
  },
  'remote-customization': {
    title: 'Remote customization granted only where needed',
    recommendation:
      'Keep the “Remote customization” feature right disabled, and grant it only to users who need their personal options (voice mail option 9) from a distance.',
    risk: 'With it, a caller with a user password reaches the personal options of the voice mail and can change them, forwarding included.',
    where:
      'OMC: Users/Base stations List > Feature Rights > Part 2: Remote customization.',
    help: 'From 310/060.001, 410/065.001, 510/059.001, 610/047.001, 710/069.001, 800/030.002, 810/045.003, 820/026.007, 900/033.002 and 910/021.001; not in R7.0. The text prints R8.0’s version “800/030.00”; the table’s 800/030.002 is taken. Disabled by default: the personal options (option 9) are then absent from the voice mail. OMC 800/21.1b or later is needed; OMC 711 cannot set it.',
  },
  'wan-api-access': {
    title: 'WAN API access granted only where needed',
    recommendation:
      'Grant “WAN API access” only to users of a remote application such as My IC Mobile, OTCV or PIMphony; forward port 50443 only if at least one user has it.',
    risk: 'Each user who has it can be reached by requests from the WAN through port 50443.',
    where: 'OMC: Users/Base stations List > Feature Rights > Part 1: WAN API access.',
    help: 'From 820/019.001 and every version of R9.0 and later. Disabled by default. It governs the WAN requests forwarded to port 50443, user by user.',
  },
  'csta-external-apps': {
    title: 'External CSTA applications allowed only where needed',
    recommendation:
      'Allow external CSTA applications only if the customer uses one; otherwise keep the option “External CSTA applications allowed” off.',
    risk: 'An allowed CSTA link lets an outside application control calls on the system.',
    where: 'OMC: option “External CSTA applications allowed”.',
    help: 'From R8.2. From R8.2 to R9.2 the default depends on the system’s target product (country); from R10.0 it is disabled for every target product. After a migration from a release before R10.0 to R10.0 the previous value is kept: a system that allowed external CSTA applications still allows them. Read the value on the system.',
  },
  'certificate-management': {
    title: 'Certificates managed',
    recommendation:
      'Use the certificate management of R10.0: import a certificate signed by an outside authority or create a local certification authority, and keep the Trust Store up to date.',
    risk: 'Without a certificate that the applications can check, a connection can be intercepted without anyone noticing.',
    where:
      'Web-Based Tool: certificate management (Expert Documentation, chapter 13 Security / Certificate management).',
    help: 'From R10.0. The Trust Store holds the most common certification authorities, and the installer can add certificates to it.',
  },
  'omc-certificate-check': {
    title: 'OMC checks the system’s certificate',
    recommendation:
      'Let OMC check the system’s certificate, and investigate any warning it gives.',
    risk: 'Ignoring the warning lets a forged system collect management passwords.',
    where: 'OMC, when connecting to the system.',
    help: 'From R10.0, OMC checks the system’s certificate when it connects.',
  },
  'latest-version': {
    title: 'System on the latest version of its release',
    recommendation: 'Upgrade the system to the latest version of its release.',
    risk: 'Most of the safer defaults and checks came in maintenance versions: an older version lacks them.',
    where:
      'OMC: System Miscellaneous (release and version of the system); software download.',
    help: 'The note repeats this advice after nearly every setting of chapter 4. The plan of this tool lists what an upgrade would bring for the release you give.',
  },
};
