import type { Language, Scenario } from './settings';

/** The portal's own words. The kit brings its own catalogs; these are only Northwind's. */
const en = {
  bank: 'Northwind Bank',
  business: 'Business',
  skip: 'Skip to content',
  nav: 'Portal',
  navAccounts: 'Accounts',
  navConnect: 'Connect to Xero',
  navManage: 'Manage feeds',
  navTransactions: 'Transactions',
  settings: 'Demo settings',
  scenario: 'Mock scenario',
  language: 'Language',
  scenarios: {
    default: 'Default',
    needsAuth: 'Needs Xero auth',
    bankFeedsDisabled: 'Bank feeds disabled',
    large: '1,000 accounts',
    flaky: 'Flaky network',
  } satisfies Record<Scenario, string>,
  languages: { en: 'English', fr: 'Français' } satisfies Record<Language, string>,
  footer: 'A fictional bank. Every request is answered by a fake Codat API in your browser.',
  starting: 'Starting the portal…',
  accountsTitle: 'Your accounts',
  accountsIntro: 'Business accounts held with Northwind Bank, and whether each one feeds Xero.',
  accountName: 'Account',
  accountNumber: 'Number',
  accountBalance: 'Balance',
  accountFeed: 'Xero feed',
  feedOn: 'Feeding Xero',
  feedOff: 'Not connected',
  loadingAccounts: 'Loading your accounts…',
  noAccounts: 'You have no business accounts yet.',
  connectCta: 'Connect your accounts to Xero',
  connectTitle: 'Connect to Xero',
  connectIntro:
    'Send your Northwind transactions to Xero every day: sign in to Xero, choose which account receives each feed, and pick the day the feed starts.',
  manageTitle: 'Manage feeds',
  manageIntro: 'Your bank feeds into Xero. Disconnect a feed to stop sending its transactions.',
  transactionsTitle: 'Transactions',
  transactionsIntro:
    'Northwind sends new transactions to Xero for each connected account. Send a batch now and follow it through.',
  comingSoon: 'This part of the portal is being built.',
  loadFailed: 'Could not load your accounts.',
  notFoundTitle: 'Page not found',
  backHome: 'Back to your accounts',
};
export type Messages = typeof en;

const fr: Messages = {
  bank: 'Northwind Bank',
  business: 'Entreprises',
  skip: 'Aller au contenu',
  nav: 'Espace entreprise',
  navAccounts: 'Comptes',
  navConnect: 'Connexion à Xero',
  navManage: 'Gérer les flux',
  navTransactions: 'Opérations',
  settings: 'Réglages de la démo',
  scenario: 'Scénario simulé',
  language: 'Langue',
  scenarios: {
    default: 'Par défaut',
    needsAuth: 'Autorisation Xero requise',
    bankFeedsDisabled: 'Flux bancaires désactivés',
    large: '1 000 comptes',
    flaky: 'Réseau instable',
  },
  languages: { en: 'English', fr: 'Français' },
  footer:
    'Une banque fictive. Chaque requête reçoit la réponse d’une fausse API Codat, dans votre navigateur.',
  starting: 'Démarrage de l’espace…',
  accountsTitle: 'Vos comptes',
  accountsIntro:
    'Les comptes professionnels détenus chez Northwind Bank, et s’ils alimentent Xero.',
  accountName: 'Compte',
  accountNumber: 'Numéro',
  accountBalance: 'Solde',
  accountFeed: 'Flux Xero',
  feedOn: 'Alimente Xero',
  feedOff: 'Non connecté',
  loadingAccounts: 'Chargement de vos comptes…',
  noAccounts: 'Vous n’avez pas encore de compte professionnel.',
  connectCta: 'Connecter vos comptes à Xero',
  connectTitle: 'Connexion à Xero',
  connectIntro:
    'Envoyez chaque jour vos opérations Northwind vers Xero : connectez-vous à Xero, choisissez le compte qui reçoit chaque flux et la date de début.',
  manageTitle: 'Gérer les flux',
  manageIntro:
    'Vos flux bancaires vers Xero. Déconnectez un flux pour cesser d’envoyer ses opérations.',
  transactionsTitle: 'Opérations',
  transactionsIntro:
    'Northwind envoie les nouvelles opérations de chaque compte connecté vers Xero. Envoyez un lot maintenant et suivez-le.',
  comingSoon: 'Cette partie de l’espace est en construction.',
  loadFailed: 'Impossible de charger vos comptes.',
  notFoundTitle: 'Page introuvable',
  backHome: 'Retour à vos comptes',
};

export const messages: Record<Language, Messages> = { en, fr };
