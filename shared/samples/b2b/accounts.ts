import type { Attitude, CommitteeChannel, CommitteeMember, CommitteeRole, KeyAccount, Opportunity, PipelineStage, Plan } from '../../plan';
import { euros, type SampleContext } from '../kit';

const member = (
  id: string,
  name: string,
  position: string,
  role: CommitteeRole,
  attitude: Attitude,
  channel: CommitteeChannel,
  lastContact: string,
): CommitteeMember => ({ id, name, position, role, attitude, channel, lastContact });

/** A deal, excluding VAT, in whole euros; the stage's usual probability unless one is given in basis points. */
const deal = (id: string, title: string, amountEuros: number, closingMonth: number, stage: PipelineStage, probabilityBasisPoints: number | null = null): Opportunity => ({
  id,
  title,
  amountCents: euros(amountEuros),
  closingMonth,
  stage,
  probabilityBasisPoints,
});

/**
 * Axone's key accounts as the sales review sees them at the end of March 2027: each was chosen for a
 * signal seen (a job offer, an attack nearby, a move), with every share of wallet band represented
 * and a pipeline spread over the year. Companies and people are invented.
 */
export function b2bAccounts({ text }: SampleContext): Pick<Plan, 'accounts' | 'pipelineTargets'> {
  const accounts: KeyAccount[] = [
    {
      id: 'acc-layon',
      company: 'Ateliers Mécaniques du Layon',
      sector: text('Mécanique de précision, sous-traitance aéronautique', 'Precision engineering, aerospace subcontracting'),
      size: 'pme',
      why: text(
        'Une offre d’emploi de responsable informatique publiée en janvier est restée sans candidat : la directrice financière gère l’informatique en plus de la paie. Leur donneur d’ordre aéronautique exige désormais de ses sous-traitants une preuve de sécurité.',
        'A job offer for an IT manager posted in January found no candidate: the finance director handles IT on top of payroll. Their aerospace customer now requires proof of security from its subcontractors.',
      ),
      // Today only the odd workstation sold: nearly everything is still to win (conquest).
      currentRevenueCents: euros(4_800),
      potentialCents: euros(70_000),
      nextStep: text('Présenter la proposition d’infogérance au PDG et à la directrice financière', 'Present the managed-service proposal to the CEO and the finance director'),
      nextStepDate: '2027-04-13',
      actions: [
        { actionId: 'act-key-accounts', roles: [] },
        { actionId: 'act-linkedin', roles: ['decisionMaker', 'buyer'] },
        { actionId: 'act-breakfasts', roles: ['buyer', 'user'] },
        { actionId: 'act-partner-network', roles: ['prescriber'] },
      ],
      committee: [
        member('mbr-layon-ceo', 'Bertrand Chauvin', text('Président-directeur général', 'Chairman and CEO'), 'decisionMaker', 'neutral', 'introduction', '2027-03-09'),
        member('mbr-layon-cfo', 'Sandrine Lebreton', text('Directrice administrative et financière', 'Finance director'), 'buyer', 'favourable', 'linkedin', '2027-03-24'),
        member('mbr-layon-production', 'Thierry Guérin', text('Responsable de production', 'Production manager'), 'user', 'reserved', 'event', '2027-03-18'),
        member('mbr-layon-accountant', 'Hélène Cordier', text('Leur expert-comptable', 'Their accountant'), 'prescriber', 'favourable', 'introduction', '2027-02-02'),
      ],
      opportunities: [
        deal('opp-layon-audit', text('Audit de sécurité exigé par le donneur d’ordre', 'Security audit required by their customer'), 9_500, 3, 'won'),
        deal('opp-layon-managed', text('Infogérance de 70 postes et des serveurs', 'Managed IT for 70 workstations and the servers'), 54_000, 6, 'proposal'),
      ],
    },
    {
      id: 'acc-clinic',
      company: 'Clinique du Val d’Authion',
      sector: text('Santé, clinique privée de 120 lits', 'Healthcare, a 120-bed private clinic'),
      size: 'pme',
      why: text(
        'Un rançongiciel a paralysé un hôpital de la région en novembre 2026, et le nouveau directeur a cité la cybersécurité parmi ses priorités sur LinkedIn. Son unique technicien informatique craint d’être remplacé : lui montrer qu’il garde la main.',
        'Ransomware paralysed a hospital in the region in November 2026, and the new director named cybersecurity among his priorities on LinkedIn. Its only IT technician fears being replaced: show him he stays in charge.',
      ),
      // A prospect: nothing bought from Axone yet.
      currentRevenueCents: 0,
      potentialCents: euros(90_000),
      nextStep: text('Rendez-vous de découverte avec le directeur et la responsable qualité', 'Discovery meeting with the director and the quality manager'),
      nextStepDate: '2027-04-22',
      actions: [
        { actionId: 'act-linkedin', roles: ['decisionMaker'] },
        { actionId: 'act-webinars', roles: ['influencer', 'gatekeeper'] },
        { actionId: 'act-case-studies', roles: ['decisionMaker', 'influencer'] },
        { actionId: 'act-breakfasts', roles: ['influencer'] },
      ],
      committee: [
        member('mbr-clinic-director', 'Laurent Mercier', text('Directeur', 'Director'), 'decisionMaker', 'favourable', 'linkedin', '2027-03-02'),
        member('mbr-clinic-quality', 'Claire Fontaine', text('Responsable qualité et gestion des risques', 'Quality and risk manager'), 'influencer', 'favourable', 'event', '2027-03-18'),
        member('mbr-clinic-technician', 'Yannick Le Goff', text('Technicien informatique, seul en interne', 'IT technician, the only one in-house'), 'gatekeeper', 'reserved', 'phone', '2027-03-26'),
        member('mbr-clinic-doctor', 'Dr Isabelle Renaud', text('Présidente de la commission médicale', 'Chair of the medical committee'), 'user', 'neutral', 'introduction', '2027-01-28'),
      ],
      opportunities: [
        deal('opp-clinic-awareness', text('Sensibilisation des soignants au hameçonnage', 'Phishing awareness for the care staff'), 5_700, 6, 'qualified'),
        deal('opp-clinic-continuity', text('Plan de continuité et sauvegarde externalisée', 'Continuity plan and off-site backup'), 42_000, 11, 'identified'),
      ],
    },
    {
      id: 'acc-accounting',
      company: 'Groupement Comptable Ligérien',
      sector: text('Expertise comptable, réseau de six cabinets', 'Accountancy, a network of six firms'),
      size: 'pme',
      why: text(
        'Deux cabinets du réseau fusionnent au 1er juillet 2027 et doivent réunir leurs serveurs ; la réception des factures électroniques, obligatoire depuis septembre 2026, a montré les limites de leur informatique. Leurs associés conseillent aussi 400 PME : un client qui prescrit.',
        'Two of the network’s firms merge on 1 July 2027 and must bring their servers together; receiving electronic invoices, compulsory since September 2026, showed the limits of their IT. Their partners also advise 400 small firms: a client who refers.',
      ),
      currentRevenueCents: euros(22_000),
      potentialCents: euros(60_000),
      nextStep: text('Revue de compte et chiffrage de la migration d’été', 'Account review and costing of the summer migration'),
      nextStepDate: '2027-04-29',
      actions: [
        { actionId: 'act-account-reviews', roles: [] },
        { actionId: 'act-business-club', roles: ['decisionMaker'] },
        { actionId: 'act-partner-network', roles: ['decisionMaker'] },
        { actionId: 'act-emailing', roles: ['buyer', 'user'] },
      ],
      committee: [
        member('mbr-accounting-partner', 'Marc Deschamps', text('Expert-comptable, associé gérant', 'Chartered accountant, managing partner'), 'decisionMaker', 'favourable', 'event', '2027-02-17'),
        member('mbr-accounting-admin', 'Véronique Pasquier', text('Responsable administrative du réseau', 'The network’s office manager'), 'buyer', 'neutral', 'phone', '2027-03-11'),
        member('mbr-accounting-referent', 'Julie Hamon', text('Collaboratrice référente informatique', 'Staff member in charge of IT'), 'user', 'favourable', 'phone', '2027-03-19'),
      ],
      opportunities: [
        // Signed in early July, the work done in August, once the tax season is over.
        deal('opp-accounting-migration', text('Regroupement des serveurs des deux cabinets fusionnés', 'Merging the two firms’ servers'), 28_000, 7, 'proposal'),
      ],
    },
    {
      id: 'acc-transport',
      company: 'Transports Vallée-Roussel',
      sector: text('Transport routier de marchandises', 'Road haulage'),
      size: 'pme',
      why: text(
        'Un transporteur de Cholet a été bloqué trois jours par un rançongiciel en février 2027 ; le directeur général a commenté l’article de la presse locale. Ses 85 chauffeurs utilisent des tablettes gérées une par une.',
        'A haulier in Cholet was shut down for three days by ransomware in February 2027; the managing director commented on the local press article. Its 85 drivers use tablets managed one at a time.',
      ),
      currentRevenueCents: euros(31_000),
      potentialCents: euros(65_000),
      nextStep: text('Négocier le prix des tablettes avec le responsable des achats', 'Negotiate the tablet price with the purchasing manager'),
      nextStepDate: '2027-04-07',
      actions: [
        { actionId: 'act-linkedin', roles: ['decisionMaker'] },
        { actionId: 'act-telemarketing', roles: ['buyer', 'user'] },
        { actionId: 'act-trade-show', roles: [] },
      ],
      committee: [
        member('mbr-transport-md', 'Olivier Roussel', text('Directeur général', 'Managing director'), 'decisionMaker', 'favourable', 'linkedin', '2027-03-04'),
        member('mbr-transport-operations', 'Nathalie Brossard', text('Responsable d’exploitation', 'Operations manager'), 'user', 'neutral', 'phone', '2027-03-15'),
        // The penny-pincher: ask how much price weighs from 1 to 10, then argue the cost of a blocked fleet.
        member('mbr-transport-purchasing', 'Sébastien Poirier', text('Responsable des achats et des services généraux', 'Purchasing and facilities manager'), 'buyer', 'reserved', 'phone', '2027-02-23'),
      ],
      opportunities: [
        deal('opp-transport-tablets', text('Gestion centralisée des tablettes des chauffeurs', 'Central management of the drivers’ tablets'), 14_000, 5, 'negotiation'),
        deal('opp-transport-backup', text('Sauvegarde externalisée et plan de reprise', 'Off-site backup and recovery plan'), 9_000, 10, 'qualified'),
      ],
    },
    {
      id: 'acc-food',
      company: 'Les Cuisines du Saumurois',
      sector: text('Agroalimentaire, plats cuisinés', 'Food processing, ready meals'),
      size: 'pme',
      why: text(
        'Leur principal client de la grande distribution impose maintenant un audit de sécurité à ses fournisseurs ; une ligne de conditionnement connectée arrive en septembre 2027 et ne doit pas partager le réseau des bureaux.',
        'Their main supermarket customer now requires a security audit of its suppliers; a connected packing line arrives in September 2027 and must not share the office network.',
      ),
      // A long-standing client: protect the relation, the rest of the wallet is small (loyalty).
      currentRevenueCents: euros(48_000),
      potentialCents: euros(70_000),
      nextStep: text('Réunion technique avec l’intégrateur de la ligne', 'Technical meeting with the line’s integrator'),
      nextStepDate: '2027-05-11',
      actions: [
        { actionId: 'act-account-reviews', roles: [] },
        { actionId: 'act-case-studies', roles: ['decisionMaker'] },
        { actionId: 'act-breakfasts', roles: ['decisionMaker', 'influencer'] },
      ],
      committee: [
        member('mbr-food-chair', 'Anne-Sophie Ménard', text('Présidente', 'Chairwoman'), 'decisionMaker', 'favourable', 'event', '2027-03-18'),
        member('mbr-food-industrial', 'Guillaume Bazin', text('Directeur industriel', 'Operations director'), 'influencer', 'neutral', 'phone', '2027-03-03'),
        member('mbr-food-quality', 'Karine Joubert', text('Responsable qualité', 'Quality manager'), 'user', 'favourable', 'phone', '2027-02-10'),
        member('mbr-food-buyer', 'Pascal Humeau', text('Acheteur', 'Buyer'), 'buyer', 'reserved', 'phone', '2027-01-19'),
        // The ally of a competitor: the machine's supplier would rather install the network himself.
        member('mbr-food-integrator', 'Éric Lemaître', text('Intégrateur de la ligne de conditionnement', 'Integrator of the packing line'), 'gatekeeper', 'reserved', 'introduction', '2027-03-22'),
      ],
      opportunities: [
        deal('opp-food-site', text('Extension de l’infogérance au second site', 'Managed IT extended to the second site'), 12_000, 2, 'won'),
        deal('opp-food-network', text('Réseau séparé pour la ligne de conditionnement', 'A separate network for the packing line'), 22_000, 9, 'negotiation'),
      ],
    },
    {
      id: 'acc-community',
      company: 'Communauté de communes du Val de Brionneau',
      sector: text('Collectivité locale, douze communes', 'Local authority, twelve towns and villages'),
      size: 'pme',
      why: text(
        'En décembre 2026, le conseil communautaire a voté un budget de cybersécurité après la fuite de données d’une mairie voisine. Le marché des écoles, perdu en février face à un groupe national, l’a montré : on ne gagne pas un appel d’offres sans relation préalable.',
        'In December 2026 the council voted a cybersecurity budget after a data leak at a neighbouring town hall. The schools tender, lost in February to a national group, showed it: a tender is not won without a prior relationship.',
      ),
      currentRevenueCents: euros(9_000),
      potentialCents: euros(45_000),
      nextStep: text('Proposer à la directrice générale des services une formation des secrétaires de mairie', 'Offer the chief executive a training session for the town hall clerks'),
      nextStepDate: '2027-05-04',
      actions: [
        { actionId: 'act-webinars', roles: ['influencer', 'user'] },
        { actionId: 'act-trade-press', roles: ['decisionMaker', 'influencer'] },
        { actionId: 'act-linkedin', roles: ['influencer'] },
      ],
      committee: [
        member('mbr-community-president', 'Dominique Péan', text('Président de la communauté de communes', 'Chairman of the council'), 'decisionMaker', 'neutral', 'event', '2027-01-21'),
        member('mbr-community-dgs', 'Caroline Viaud', text('Directrice générale des services', 'Chief executive'), 'influencer', 'favourable', 'linkedin', '2027-03-10'),
        member('mbr-community-procurement', 'Franck Tessier', text('Responsable de la commande publique', 'Public procurement officer'), 'buyer', 'reserved', 'phone', '2027-02-26'),
        member('mbr-community-clerk', 'Aurélie Besnard', text('Secrétaire de mairie', 'Town hall clerk'), 'user', 'favourable', 'event', '2027-03-18'),
      ],
      opportunities: [
        deal('opp-community-schools', text('Maintenance informatique des écoles (marché public)', 'IT maintenance of the schools (public tender)'), 24_000, 2, 'lost'),
        deal('opp-community-training', text('Sensibilisation des agents des douze mairies', 'Awareness training for the staff of the twelve town halls'), 7_600, 10, 'qualified'),
      ],
    },
    {
      id: 'acc-law',
      company: 'Langlois Perrin Avocats',
      sector: text('Cabinet d’avocats, droit des affaires et droit social', 'Law firm, business and employment law'),
      size: 'pme',
      why: text(
        'Le cabinet quitte le centre-ville pour de nouveaux locaux en juin 2027 : câblage, téléphonie et postes à prévoir. L’associée a partagé sur LinkedIn un article sur les fuites de données couvertes par le secret professionnel.',
        'The firm leaves the town centre for new offices in June 2027: cabling, phones and workstations to plan. The partner shared a LinkedIn article on leaks of data covered by professional secrecy.',
      ),
      currentRevenueCents: euros(12_000),
      potentialCents: euros(16_000),
      nextStep: text('Faire valider le devis du déménagement par les deux associés', 'Have both partners approve the quote for the move'),
      nextStepDate: '2027-04-09',
      actions: [
        { actionId: 'act-account-reviews', roles: [] },
        { actionId: 'act-linkedin', roles: ['decisionMaker'] },
      ],
      committee: [
        member('mbr-law-partner', 'Me Catherine Langlois', text('Avocate associée', 'Partner'), 'decisionMaker', 'favourable', 'phone', '2027-03-25'),
        member('mbr-law-second-partner', 'Me Antoine Perrin', text('Avocat associé', 'Partner'), 'influencer', 'neutral', 'event', '2027-03-18'),
        member('mbr-law-office', 'Sophie Garnier', text('Responsable administrative du cabinet', 'Office manager'), 'buyer', 'favourable', 'phone', '2027-03-29'),
      ],
      opportunities: [
        // The partner agreed orally: the method's scale puts a verbal agreement at 80 %, above the negotiation stage's 45 %.
        deal('opp-law-move', text('Déménagement et câblage des nouveaux locaux', 'Moving and cabling the new offices'), 15_000, 5, 'negotiation', 8_000),
      ],
    },
    {
      id: 'acc-logistics',
      company: 'Entrepôts Ligériens',
      sector: text('Logistique, plateforme de distribution', 'Logistics, a distribution centre'),
      size: 'eti',
      why: text(
        'La presse a annoncé en janvier le permis de construire d’un entrepôt de 30 000 m² près d’Écouflant, qui doit ouvrir en janvier 2028. Le groupe, basé à Nantes, cherche un prestataire proche du nouveau site.',
        'In January the press announced the building permit for a 30,000 m² warehouse near Écouflant, due to open in January 2028. The group, based in Nantes, is looking for a provider close to the new site.',
      ),
      currentRevenueCents: euros(3_000),
      potentialCents: euros(120_000),
      nextStep: text('Inviter le directeur de site au match du club d’affaires', 'Invite the site manager to the business club’s match'),
      nextStepDate: '2027-04-17',
      actions: [
        { actionId: 'act-linkedin-ads', roles: ['decisionMaker', 'buyer'] },
        { actionId: 'act-business-club', roles: ['influencer'] },
        { actionId: 'act-trade-show', roles: [] },
      ],
      committee: [
        member('mbr-logistics-cio', 'Hervé Lambert', text('Directeur des systèmes d’information du groupe, à Nantes', 'Group IT director, in Nantes'), 'decisionMaker', 'reserved', 'linkedin', '2027-02-15'),
        member('mbr-logistics-site', 'Stéphane Morin', text('Directeur du site d’Angers', 'Manager of the Angers site'), 'influencer', 'favourable', 'event', '2027-03-12'),
        member('mbr-logistics-purchasing', 'Mélanie Gautier', text('Responsable des achats du groupe', 'Group purchasing manager'), 'buyer', 'neutral', 'phone', '2027-03-01'),
        member('mbr-logistics-dock', 'Kévin Rousseau', text('Chef de quai, référent informatique du site', 'Dock supervisor, the site’s IT contact'), 'user', 'favourable', 'event', '2027-02-24'),
      ],
      opportunities: [
        deal('opp-logistics-audit', text('Audit de sécurité du site actuel', 'Security audit of the current site'), 4_800, 9, 'proposal'),
        deal('opp-logistics-network', text('Réseau, wifi et postes du nouvel entrepôt', 'Network, wifi and workstations of the new warehouse'), 60_000, 12, 'identified'),
      ],
    },
    {
      id: 'acc-nursery',
      company: 'Les Serres du Louet',
      sector: text('Horticulture, plantes en pot', 'Horticulture, potted plants'),
      size: 'pme',
      why: text(
        'L’informaticien indépendant qui les suit depuis vingt ans part à la retraite en juin 2027, au moment où la fille du fondateur reprend l’entreprise. C’est lui qui nous a présentés.',
        'The independent IT technician who has looked after them for twenty years retires in June 2027, just as the founder’s daughter takes over the business. He is the one who introduced us.',
      ),
      currentRevenueCents: euros(6_000),
      potentialCents: euros(18_000),
      nextStep: text('Inventaire du parc avec l’informaticien sortant', 'Inventory of the equipment with the retiring technician'),
      nextStepDate: '2027-05-18',
      actions: [
        { actionId: 'act-partner-network', roles: ['prescriber'] },
        { actionId: 'act-emailing', roles: ['decisionMaker'] },
        { actionId: 'act-telemarketing', roles: ['decisionMaker'] },
      ],
      committee: [
        member('mbr-nursery-md', 'Camille Bodin', text('Directrice générale, reprend l’entreprise', 'Managing director, taking over the business'), 'decisionMaker', 'favourable', 'introduction', '2027-03-05'),
        member('mbr-nursery-founder', 'Jacques Bodin', text('Fondateur, encore associé', 'Founder, still a shareholder'), 'influencer', 'reserved', 'phone', '2027-02-12'),
        member('mbr-nursery-technician', 'Gérard Fouquet', text('Informaticien indépendant sortant', 'Retiring independent IT technician'), 'prescriber', 'favourable', 'introduction', '2027-01-14'),
      ],
      opportunities: [deal('opp-nursery-takeover', text('Reprise de la maintenance après son départ', 'Taking over maintenance after he leaves'), 11_000, 7, 'qualified')],
    },
  ];
  return {
    accounts,
    // New business wanted per quarter, excluding VAT. The summer signs little (DOMAIN §5b); in April the
    // fourth quarter's deals are still early-stage, hence its shortfall: the October fair is there to fill it.
    pipelineTargets: { quarterCents: [euros(20_000), euros(25_000), euros(15_000), euros(25_000)] },
  };
}
