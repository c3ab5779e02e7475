// The French words the console shows for the API's codes.

export const ACADEMIES = {
  'aix-marseille': 'Aix-Marseille', amiens: 'Amiens', besancon: 'Besançon', bordeaux: 'Bordeaux',
  'clermont-ferrand': 'Clermont-Ferrand', corse: 'Corse', creteil: 'Créteil', dijon: 'Dijon', grenoble: 'Grenoble',
  guadeloupe: 'Guadeloupe', guyane: 'Guyane', 'la-reunion': 'La Réunion', lille: 'Lille', limoges: 'Limoges',
  lyon: 'Lyon', martinique: 'Martinique', mayotte: 'Mayotte', montpellier: 'Montpellier', 'nancy-metz': 'Nancy-Metz',
  nantes: 'Nantes', nice: 'Nice', normandie: 'Normandie', 'orleans-tours': 'Orléans-Tours', paris: 'Paris',
  poitiers: 'Poitiers', reims: 'Reims', rennes: 'Rennes', rouen: 'Rouen', strasbourg: 'Strasbourg',
  toulouse: 'Toulouse', versailles: 'Versailles',
};

/** An académie's name from its slug (aix-marseille: Aix-Marseille). */
export function academieName(slug) {
  return slug ? (ACADEMIES[slug] || slug) : 'National';
}

/** The académies as select options, the national level first when {@code national} is given. */
export function academieOptions(national) {
  const options = Object.entries(ACADEMIES);
  return national ? [['', national], ...options] : options;
}

export const ACTION_STATUS = {
  PLANNED: ['Prévue', 'info'], CARRIED_OUT: ['Réalisée, à valider', 'new'], VALIDATED: ['Validée', 'success'],
  CORRECTED: ['Corrigée, à revalider', 'warning'], CANCELLED: ['Annulée', 'error'],
};

export const FIGURES = [
  ['etablissements', 'Établissements'], ['girls', 'Jeunes filles'], ['boys', 'Jeunes garçons'],
  ['staffWomen', 'Personnels (femmes)'], ['staffMen', 'Personnels (hommes)'], ['companies', 'Entreprises'],
  ['professionalOrganisations', 'Organisations professionnelles'],
];

export const BILAN_LINES = {
  ipeFullTimeEquivalent: 'IPE (équivalent temps plein)', monthsOfActivity: 'Mois d\'activité IPE',
  actions: 'Actions', etablissements: 'Établissements', youngPeople: 'Jeunes', staff: 'Enseignants et personnels',
  companies: 'Entreprises', professionalOrganisations: 'Organisations professionnelles',
};

export const LEVELS = {
  TROISIEME_OBSERVATION: '3e (stage d\'observation)', TROISIEME_DP: '3e découverte professionnelle', CAP: 'CAP',
  BEP: 'BEP', BAC_PRO: 'Bac professionnel', BAC_TECHNO: 'Bac technologique', BTS: 'BTS',
};

export const PRIORITIES = {
  ESPOIR_BANLIEUES: 'Espoir banlieues', OBJECTIF_STAGES: 'Objectif stages', ACADEMIE_PRIORITY: 'Priorité académique',
  REP: 'REP', REP_PLUS: 'REP+', QPV: 'QPV',
};

export const GENERIC_STATUS = {
  PUBLISHED: ['Publiée', 'success'], WITHDRAWN: ['Retirée', 'error'], EXPIRED: ['Expirée', ''],
  OPEN: ['Ouvert', 'info'], CLOSED: ['Clos', ''], MET: ['Satisfait', 'success'],
  RESERVED: ['Réservée', 'info'], CONFIRMED: ['Confirmée', 'success'], CANCELLED: ['Annulée', 'error'],
  DRAFTED: ['Projet', 'info'], SIGNED: ['Signée', 'success'], IN_FORCE: ['En vigueur', 'success'],
  LAPSED: ['Caduque', 'error'], TERMINATED: ['Résiliée', 'error'], EXPIRED_CONVENTION: ['Échue', ''],
  EVALUATED: ['Évaluée', 'success'], NOTICE_GIVEN: ['Préavis donné', 'warning'],
  POSTED: ['Publié', 'info'], FILLED: ['Pourvu', 'success'], SUBMITTED: ['Proposée', 'info'],
  PRESELECTED: ['Présélectionnée', 'new'], SELECTED: ['Retenue', 'success'], REJECTED: ['Écartée', 'error'],
  ACTIVE: ['En cours', 'success'], ENDED: ['Terminée', ''], RUNNING: ['En cours', 'info'], SWITCHING: ['Bascule', 'new'],
  DONE: ['Terminée', 'success'], FAILED: ['Échec', 'error'], FILED: ['Déposé', 'success'], NOT_YET_DUE: ['À venir', ''],
  DUE: ['À déposer', 'warning'], LATE: ['En retard', 'error'], OVERDUE: ['En retard', 'error'],
  NO_DEADLINE: ['Sans échéance', ''], PENDING: ['En attente', 'new'],
};

/** A status's French word and badge kind; unknown codes are shown as they are. */
export function statusOf(code, table = GENERIC_STATUS) {
  return table[code] || [code ? String(code).toLowerCase().replaceAll('_', ' ') : '—', ''];
}
