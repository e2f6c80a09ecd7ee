import type { PushChunkState, PushOutcome } from '@bankfeeds/client';
import type { TransactionRule } from '@bankfeeds/model';
import type { Language } from '../settings';

/** The Transactions page's words. Rule names follow the model's stable rule codes. */
const en = {
  account: 'Connected account',
  loading: 'Loading your connected accounts…',
  noneConnected: 'No account feeds Xero yet. Connect one first.',
  send: 'Send {count} new transactions',
  sendBroken: 'Send a batch that breaks a Xero rule',
  cancel: 'Stop',
  resume: 'Resume',
  progress: 'Sent to Xero',
  progressText: '{sent} of {total} lines accepted, {confirmed} confirmed by Xero',
  operations: 'Push operations',
  request: 'Request',
  lines: 'Lines',
  status: 'Status',
  operation: 'Operation',
  chunk: {
    pending: 'Waiting',
    sending: 'Sending',
    accepted: 'Pending in Xero',
    success: 'Success',
    failed: 'Failed',
    'timed-out': 'Timed out',
    uncertain: 'Checking with Codat',
  } satisfies Record<PushChunkState, string>,
  outcome: {
    success: 'All {count} transactions are in Xero.',
    invalid: 'Nothing was sent: this batch breaks Xero’s rules.',
    failed: 'Xero refused a request; the requests before it are in Xero.',
    'timed-out': 'Xero took too long to confirm a request. Resume later to check it again.',
    uncertain:
      'A request went out without a readable answer and Codat’s record could not yet say whether it was written, so the push stopped rather than risk sending lines twice. Resume to check again.',
  } satisfies Record<PushOutcome, string>,
  why: 'Why',
  line: 'Line {line}',
  warnings: '{count} warning(s) were sent along: Xero will not fix them.',
  rules: {
    'too-many-transactions': 'More than 1,000 lines in one request',
    'account-not-connected': 'The account does not feed Xero',
    'missing-id': 'A line has no id',
    'duplicate-id': 'Two lines share an id',
    'invalid-date': 'A date is not a real date',
    'date-in-future': 'Dated after today: Xero takes no future transactions',
    'date-too-old': 'Dated more than a year ago: Xero refuses it',
    'not-chronological': 'Out of date order',
    'invalid-amount': 'An amount is missing or not a number',
    'missing-balance': 'A line has no running balance',
    'amount-sign-mismatch': 'The amount’s sign does not fit its type',
    'balance-mismatch': 'The balance does not follow from the amounts',
  } satisfies Record<TransactionRule, string>,
};
export type TransactionMessages = typeof en;

const fr: TransactionMessages = {
  account: 'Compte connecté',
  loading: 'Chargement de vos comptes connectés…',
  noneConnected: 'Aucun compte n’alimente encore Xero. Connectez-en un d’abord.',
  send: 'Envoyer {count} nouvelles opérations',
  sendBroken: 'Envoyer un lot qui enfreint une règle de Xero',
  cancel: 'Arrêter',
  resume: 'Reprendre',
  progress: 'Envoyé vers Xero',
  progressText: '{sent} lignes acceptées sur {total}, {confirmed} confirmées par Xero',
  operations: 'Opérations d’envoi',
  request: 'Requête',
  lines: 'Lignes',
  status: 'Statut',
  operation: 'Opération',
  chunk: {
    pending: 'En attente',
    sending: 'Envoi',
    accepted: 'En cours dans Xero',
    success: 'Réussie',
    failed: 'Échouée',
    'timed-out': 'Délai dépassé',
    uncertain: 'Vérification auprès de Codat',
  },
  outcome: {
    success: 'Les {count} opérations sont dans Xero.',
    invalid: 'Rien n’a été envoyé : ce lot enfreint les règles de Xero.',
    failed: 'Xero a refusé une requête ; les requêtes précédentes sont dans Xero.',
    'timed-out':
      'Xero a mis trop de temps à confirmer une requête. Reprenez plus tard pour la vérifier.',
    uncertain:
      'Une requête est partie sans réponse lisible et le registre de Codat ne dit pas encore si elle a été écrite : l’envoi s’est arrêté plutôt que de risquer d’envoyer des lignes deux fois. Reprenez pour vérifier à nouveau.',
  },
  why: 'Pourquoi',
  line: 'Ligne {line}',
  warnings: '{count} avertissement(s) envoyé(s) avec le lot : Xero ne les corrigera pas.',
  rules: {
    'too-many-transactions': 'Plus de 1 000 lignes dans une requête',
    'account-not-connected': 'Le compte n’alimente pas Xero',
    'missing-id': 'Une ligne n’a pas d’identifiant',
    'duplicate-id': 'Deux lignes ont le même identifiant',
    'invalid-date': 'Une date n’existe pas',
    'date-in-future': 'Datée après aujourd’hui : Xero refuse les opérations futures',
    'date-too-old': 'Datée de plus d’un an : Xero la refuse',
    'not-chronological': 'Hors de l’ordre des dates',
    'invalid-amount': 'Un montant manque ou n’est pas un nombre',
    'missing-balance': 'Une ligne n’a pas de solde',
    'amount-sign-mismatch': 'Le signe du montant ne correspond pas à son type',
    'balance-mismatch': 'Le solde ne découle pas des montants',
  },
};

export const transactionMessages: Record<Language, TransactionMessages> = { en, fr };

/** Fills `{name}` placeholders; numbers are grouped for the language. */
export function fill(
  template: string,
  values: Record<string, string | number>,
  locale: string,
): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    return typeof value === 'number' ? value.toLocaleString(locale) : (value ?? '');
  });
}
