/**
 * What the RECIA and mon ENT Occitanie logins share: both run Apereo CAS, whose default French messages
 * survive the portals' themes.
 */

/** A failed login's message, wherever the theme puts it (CAS default messages, reworded variants). */
export const CAS_LOGIN_FAILED_TEXT = [
  'mauvais identifiant',
  'identifiants incorrects',
  'identifiant … incorrect',
  'mot de passe … incorrect',
  "n'ont pas permis de vous authentifier",
] as const;
