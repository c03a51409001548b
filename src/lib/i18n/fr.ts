import type { Messages } from './en';

/** Chaînes de l’interface en français. */
export const fr = {
  'app.title': 'L’affaire Pegasus : chronologie et carte',
  'app.subtitle': 'Le logiciel espion de NSO Group et la diplomatie qui l’entoure, 2016–2022',
  'app.skipToList': 'Aller à la liste des événements',

  'lang.label': 'Langue',
  'lang.name': 'Français',

  'loading.label': 'Chargement des événements…',

  'error.title': 'Les événements n’ont pas pu être chargés',
  'error.network': 'Les données sont injoignables. Vérifiez votre connexion, puis réessayez.',
  'error.http': 'Le serveur a répondu par une erreur ({status}). Réessayez dans un instant.',
  'error.timeout': 'Les données ont mis trop de temps à arriver. Réessayez.',
  'error.parse': 'Le fichier de données est endommagé (ce n’est pas du JSON valide).',
  'error.schema': 'Le fichier de données ne respecte pas le format attendu : {detail}',
  'error.version': 'Ces données utilisent la version {found} du format, plus récente que ce que comprend l’application (jusqu’à {supported}). Rechargez la page pour obtenir la dernière version.',
  'error.unknownRelease': 'Il n’existe pas de version « {version} » des données. Retirez le paramètre data de l’adresse pour voir les plus récentes.',
  'error.retry': 'Réessayer',

  'notice.unknownEvent': 'Il n’y a pas d’événement « {id} ». La chronologie complète est affichée.',
  'notice.badParam': 'Le réglage « {name} » du lien n’a pas été compris et a été ignoré.',
  'notice.unknownFilter': '{name} inconnu « {value} » dans le lien : ignoré.',
  'notice.dismiss': 'Fermer',

  'filters.title': 'Filtres',
  'filters.category': 'Catégorie',
  'filters.actor': 'Acteur',
  'filters.actorAll': 'Tous les acteurs',
  'filters.clear': 'Effacer les filtres',
  'filters.lanes': 'Lignes',
  'filters.lanesCategory': 'Par catégorie',
  'filters.lanesCountry': 'Par pays',
  'filters.shown': '{shown} événements sur {total}',

  'category.revelation': 'Révélation',
  'category.technical': 'Technique',
  'category.legal': 'Justice',
  'category.diplomatic': 'Diplomatie',
  'category.regulatory': 'Régulation',
  'category.corporate': 'Entreprises',

  'relation.sanction': 'Sanction',
  'relation.notification': 'Notification',
  'relation.meeting': 'Rencontre',
  'relation.accusation': 'Accusation',
  'relation.denial': 'Démenti',
  'relation.lawsuit': 'Poursuites',
  'relation.investigation': 'Enquête',
  'relation.statement': 'Déclaration',
  'relation.arc': '{from} → {to} : {kind}',

  'timeline.label': 'Chronologie des événements',
  'timeline.zoomIn': 'Zoomer',
  'timeline.zoomOut': 'Dézoomer',
  'timeline.fit': 'Tout afficher',

  'map.label': 'Carte des événements',
  'map.inWindow': '{count} événements sur {total} dans la période affichée',
  'map.marker': '{place} : {count} événements',
  'map.markerOne': '{place} : 1 événement',
  'map.legend': 'Relations',
  'map.noRelations': 'Sélectionnez un événement pour voir les relations entre ses acteurs.',
  'map.attribution': 'Frontières : Natural Earth',
  'map.zoomIn': 'Zoomer',
  'map.zoomOut': 'Dézoomer',

  'detail.empty': 'Sélectionnez un événement sur la chronologie, la carte ou la liste pour le lire.',
  'detail.place': 'Lieu',
  'detail.actors': 'Acteurs',
  'detail.sources': 'Sources',
  'detail.caveat': 'Réserve :',
  'detail.corrections': 'Corrections',
  'detail.correctionOn': 'Corrigé le {date} :',
  'detail.close': 'Fermer',
  'detail.previous': 'Événement précédent',
  'detail.next': 'Événement suivant',
  'detail.opensInNewTab': '(s’ouvre dans un nouvel onglet)',

  'list.title': 'Tous les événements',
  'list.empty': 'Aucun événement ne correspond aux filtres.',

  'announce.selected': 'Sélection : {title}, {date}.',

  'footer.data': 'Données {version}, {date}',
  'footer.dataLatest': 'Données les plus récentes, compilées le {date}',
  'footer.changelog': 'Journal des modifications',
  'footer.privacy': 'Aucun pistage, aucune requête vers des tiers.'
} as const satisfies Messages;
