import type { RgpdChecklist, RgpdItemId } from '../plan';
import type { CompanyProfile } from '../plan';

type CustomerKind = CompanyProfile['customerKind'];
import type { Text } from './kit';

/**
 * The RGPD checklist as a trainer fills it in for a sample: every point settled, with the note a shop
 * owner would write. What does not apply depends on who the business sells to: a shop selling to
 * the public has no B2B prospecting, a B2B firm no consumer e-mail or telephone consent to collect.
 */
export function sampleRgpd(text: Text, customerKind: CustomerKind, notApplicable: readonly RgpdItemId[] = []): RgpdChecklist {
  const notes: Record<RgpdItemId, string> = {
    register: text('Fiche « fichier clients » ajoutée au registre simplifié de la CNIL.', 'A "customer file" entry added to the CNIL’s simplified register.'),
    legalBasis: text('Contrat pour les ventes, consentement pour la newsletter.', 'Contract for sales, consent for the newsletter.'),
    information: text('Mention d’information au bas du formulaire et sur le ticket.', 'Information notice under the form and on the receipt.'),
    emailSmsConsent: text('Case à cocher non pré-cochée ; lien de désinscription dans chaque envoi.', 'Unticked box; an unsubscribe link in every message.'),
    phoneConsent: text('Aucun appel de prospection : seulement des rappels de rendez-vous.', 'No prospecting calls: only appointment reminders.'),
    b2bOptOut: text('Lien « ne plus recevoir » dans chaque e-mail professionnel.', 'A "stop receiving" link in every business e-mail.'),
    oppositionList: text('Liste d’opposition tenue dans l’outil d’e-mailing, vérifiée avant chaque envoi.', 'Opposition list kept in the mailing tool, checked before each send.'),
    retention: text('Prospects effacés 3 ans après le dernier contact, clients 3 ans après le dernier achat.', 'Prospects erased 3 years after the last contact, customers 3 years after the last purchase.'),
    minimisation: text('Nom, e-mail et code postal seulement.', 'Name, e-mail and postcode only.'),
    security: text('Accès par mot de passe personnel, sauvegarde chiffrée chaque semaine.', 'Personal passwords, an encrypted backup every week.'),
    processors: text('Contrat de sous-traitance signé avec l’outil d’e-mailing.', 'Processing agreement signed with the mailing tool.'),
    transfers: text('Outils hébergés dans l’Union européenne.', 'Tools hosted in the European Union.'),
    requests: text('Demandes traitées sous un mois, par la gérante.', 'Requests answered within a month, by the manager.'),
    cnilModels: text('Modèles de la CNIL téléchargés et rangés avec le registre.', 'The CNIL’s models downloaded and kept with the register.'),
  };
  const notFor: RgpdItemId[] = customerKind === 'b2b' ? ['emailSmsConsent', 'phoneConsent'] : customerKind === 'b2c' ? ['b2bOptOut'] : [];
  const skipped = new Set([...notFor, ...notApplicable]);
  return {
    items: Object.fromEntries(
      (Object.keys(notes) as RgpdItemId[]).map((id) => [id, skipped.has(id) ? { state: 'notApplicable', note: '' } : { state: 'done', note: notes[id] }]),
    ) as RgpdChecklist['items'],
  };
}
