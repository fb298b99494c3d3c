import type { KitCatalog } from '../../kit-messages.js';

export default {
  'notAllowed.fallback': 'Nie możesz wykonać tej czynności na tym zgłoszeniu: {action}.',
  'refusal.noAnswer': 'Nie udało się wykonać czynności. Spróbuj ponownie.',
  'reject.label': 'Powód odrzucenia',
  'reject.help': '{help} Od {min, number} do {max, number} znaków.',
  'reject.tooLong': 'Powód może mieć najwyżej {max, number} znaków.',
  'reject.tooShort': 'Napisz, dlaczego odrzucasz ({what}); wnioskodawca to przeczyta.',
  'reject.pending': 'Odrzucanie…',
  'reject.cancel': 'Anuluj',
  'webLink.notLink': '{address} (to nie jest adres strony; nie zostanie otwarty)',
} satisfies KitCatalog;
