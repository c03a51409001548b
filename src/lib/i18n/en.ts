/** English interface strings: the reference catalogue. Every other language has exactly these keys. */
export const en = {
  'app.title': 'The Pegasus affair: a timeline and map',
  'app.subtitle': 'NSO Group’s spyware and the diplomacy around it, 2016–2022',
  'app.skipToList': 'Skip to the list of events',

  'lang.label': 'Language',
  'lang.name': 'English',

  'loading.label': 'Loading the events…',

  'error.title': 'The events could not be loaded',
  'error.network': 'The data could not be reached. Check your connection, then try again.',
  'error.http': 'The server answered with an error ({status}). Try again in a moment.',
  'error.timeout': 'The data took too long to arrive. Try again.',
  'error.parse': 'The data file is damaged (it is not valid JSON).',
  'error.schema': 'The data file does not match the expected format: {detail}',
  'error.version': 'This data uses format version {found}, newer than this app understands (up to {supported}). Reload the page to get the latest app.',
  'error.unknownRelease': 'There is no data release “{version}”. Showing the latest data instead is possible: remove the data parameter from the address.',
  'error.retry': 'Try again',

  'notice.unknownEvent': 'There is no event “{id}”. The full timeline is shown instead.',
  'notice.badParam': 'The link’s “{name}” setting was not understood and has been ignored.',
  'notice.unknownFilter': 'Unknown {name} “{value}” in the link has been ignored.',
  'notice.dismiss': 'Dismiss',

  'filters.title': 'Filters',
  'filters.category': 'Category',
  'filters.actor': 'Actor',
  'filters.actorAll': 'All actors',
  'filters.clear': 'Clear filters',
  'filters.lanes': 'Lanes',
  'filters.lanesCategory': 'By category',
  'filters.lanesCountry': 'By country',
  'filters.shown': '{shown} of {total} events',

  'category.revelation': 'Revelation',
  'category.technical': 'Technical',
  'category.legal': 'Legal',
  'category.diplomatic': 'Diplomatic',
  'category.regulatory': 'Regulatory',
  'category.corporate': 'Corporate',

  'relation.sanction': 'Sanction',
  'relation.notification': 'Notification',
  'relation.meeting': 'Meeting',
  'relation.accusation': 'Accusation',
  'relation.denial': 'Denial',
  'relation.lawsuit': 'Lawsuit',
  'relation.investigation': 'Investigation',
  'relation.statement': 'Statement',
  'relation.arc': '{from} → {to}: {kind}',

  'timeline.label': 'Timeline of events',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.fit': 'Show all',

  'map.label': 'Map of events',
  'map.inWindow': '{count} of {total} events in the timeline’s window',
  'map.marker': '{place}: {count} events',
  'map.markerOne': '{place}: 1 event',
  'map.legend': 'Relations',
  'map.noRelations': 'Select an event to see the relations between its actors.',
  'map.attribution': 'Borders: Natural Earth',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',

  'detail.empty': 'Select an event on the timeline, the map or the list to read about it.',
  'detail.place': 'Place',
  'detail.actors': 'Actors',
  'detail.sources': 'Sources',
  'detail.caveat': 'Caveat:',
  'detail.corrections': 'Corrections',
  'detail.correctionOn': 'Corrected on {date}:',
  'detail.close': 'Close',
  'detail.previous': 'Previous event',
  'detail.next': 'Next event',
  'detail.opensInNewTab': '(opens in a new tab)',

  'list.title': 'All events',
  'list.empty': 'No event matches the filters.',

  'announce.selected': 'Selected: {title}, {date}.',

  'footer.data': 'Data {version}, {date}',
  'footer.dataLatest': 'Latest data, compiled {date}',
  'footer.changelog': 'Changelog',
  'footer.privacy': 'No tracking, no third-party requests.'
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
