//! The example project a newcomer can open on first run, and large generated
//! projects for benchmarks.
//!
//! The example is a fictional territory, the "Communauté de communes du Pays
//! de Lisière", modelled on the programme that inspired Maillage: 60
//! companies contacted by mailing and phoning (partly by the local Jeune
//! Chambre Économique) → 30 interviews → 15 at the meetings; one contracted
//! synergy (cardboard offcuts reused between two companies) and one in
//! progress (shredded paper reused by the local authority); three meetings.
//! All names are invented. Dates are placed relative to `today` so that the
//! project looks alive whenever it is opened.
//!
//! What the example holds is written as tables, one row a line (companies,
//! flows, the third café's harvest…); the code below them only turns rows
//! into records, in a fixed order so that one seed gives one project.

use crate::date::Date;
use crate::model::*;
use crate::naf::{ActivityCode, Nomenclature};
use crate::rng::Rng;

const OFFICER: &str = "Chargée de mission EIT";
pub const PARTNER: &str = "JCE du Pays de Lisière";

/// (name, NAF rév. 2, size band, commune index, zone index or none)
type Row = (&'static str, &'static str, SizeBand, usize, Option<usize>);

use SizeBand as S;
/// Order matters: the position decides how far each company went (see `example_project`).
#[rustfmt::skip]
const COMPANIES: [Row; 64] = [
    ("Cartonnages du Val de Lisière", "17.21A", S::From50To99, 0, Some(0)),
    ("Confitures Maison Berthier", "10.89Z", S::From20To49, 1, Some(0)),
    ("Imprimerie Lefèvre & Fils", "18.12Z", S::From10To19, 0, Some(1)),
    ("Jardinerie des Essarts", "47.11D", S::From10To19, 0, None),
    ("Menuiserie Girard", "16.23Z", S::From10To19, 2, Some(1)),
    ("Mécanique de Précision Vernier", "25.62B", S::From20To49, 0, Some(1)),
    ("Plasturgie de l'Ouche", "22.22Z", S::From100To199, 3, Some(0)),
    ("Transports Roussel", "49.41A", S::From20To49, 3, Some(0)),
    ("Fromagerie des Prés Hauts", "10.51C", S::From10To19, 4, None),
    ("Brasserie La Lisière", "11.05Z", S::From6To9, 1, Some(2)),
    ("Métallerie Chauvin", "25.11Z", S::From10To19, 2, Some(1)),
    ("Hôpital local de Montclair", "86.10Z", S::From200To249, 1, None),
    ("Meubles Dumont", "31.09B", S::From20To49, 5, Some(0)),
    ("Supermarché Lisière Distribution", "47.11D", S::From50To99, 0, Some(2)),
    ("Entrepôts du Plateau", "52.10B", S::From10To19, 3, Some(0)),
    ("Scierie Marchal", "16.10A", S::From20To49, 4, None),
    ("Béton Préfa Lisière", "23.61Z", S::From50To99, 5, Some(1)),
    ("Garage Perrin", "45.20A", S::From3To5, 1, Some(2)),
    ("Hôtel-Restaurant Le Relais", "55.10Z", S::From10To19, 0, Some(2)),
    ("Boulangerie Moreau", "10.71C", S::From3To5, 1, Some(2)),
    ("Charcuterie Vidal", "10.13B", S::From6To9, 2, None),
    ("Électricité Bernard", "43.21A", S::From6To9, 4, None),
    ("Textiles Aubry", "13.92Z", S::From20To49, 5, Some(0)),
    ("Chimie Fine de l'Est", "20.59Z", S::From100To199, 3, Some(1)),
    ("Atelier Mécanique Faure", "33.12Z", S::From6To9, 2, Some(1)),
    ("Papeterie Lambert", "17.12Z", S::From50To99, 4, Some(0)),
    ("Blanchisserie du Centre", "96.01B", S::From20To49, 0, Some(2)),
    ("Restaurant La Forge", "56.10A", S::From6To9, 5, Some(2)),
    ("Collecte Services Lisière", "38.11Z", S::From20To49, 3, Some(0)),
    ("Recyclage Tri Plus", "38.32Z", S::From10To19, 3, Some(0)),
    ("Conditionnement Bourgeois", "82.92Z", S::From20To49, 0, Some(0)),
    ("Équipements Agricoles Simon", "28.22Z", S::From10To19, 4, None),
    ("GAEC de la Vernière", "01.50Z", S::From3To5, 2, None),
    ("Bureau d'études Ingénia", "71.12B", S::From6To9, 0, Some(2)),
    ("Lunetterie Clément", "32.50A", S::From10To19, 1, Some(1)),
    ("Négoce Matériaux Henry", "46.73A", S::From10To19, 5, Some(1)),
    ("Transformateurs Électriques Renaud", "27.12Z", S::From50To99, 3, Some(1)),
    ("Équipementier Auto Leroy", "29.32Z", S::From250To499, 5, Some(0)),
    ("Informatique Gautier", "62.01Z", S::From3To5, 0, Some(2)),
    ("Agence Publicité Nicolas", "73.11Z", S::From1To2, 1, Some(2)),
    ("Cordonnerie Fontaine", "95.23Z", S::From1To2, 0, Some(2)),
    ("Constructions Rousseau", "41.20A", S::From20To49, 2, None),
    ("Travaux Routiers Mercier", "42.11Z", S::From50To99, 4, None),
    ("Foncière du Plateau", "68.20B", S::From1To2, 0, None),
    ("Lycée professionnel Jean Prouvé", "85.31Z", S::From50To99, 1, None),
    ("EHPAD Les Tilleuls", "87.10A", S::From50To99, 4, None),
    ("Grossiste Lisière Diffusion", "46.90Z", S::From10To19, 3, Some(0)),
    ("Menuiserie Alu Noël", "43.32A", S::From6To9, 5, Some(1)),
    ("Salaisons du Haut-Val", "10.13B", S::From20To49, 2, None),
    ("Fromagerie Coopérative de Lisière", "10.51C", S::From20To49, 4, None),
    ("Tournerie Petit", "25.62B", S::From3To5, 2, Some(1)),
    ("Peintures Industrielles Robin", "20.59Z", S::From20To49, 3, Some(1)),
    ("Emballages Bois Lemoine", "16.23Z", S::From10To19, 5, Some(0)),
    ("Garage Poids Lourds Dupuis", "45.20A", S::From10To19, 3, Some(0)),
    ("Hôtel du Lac", "55.10Z", S::From6To9, 1, None),
    ("Chaudronnerie Garnier", "25.11Z", S::From20To49, 4, Some(1)),
    ("Boulangerie Industrielle Faure", "10.71C", S::From50To99, 0, Some(0)),
    ("Imprimerie Rapide Morel", "18.12Z", S::From3To5, 1, Some(2)),
    ("Logistique Fournier", "52.10B", S::From50To99, 3, Some(0)),
    ("Menuiserie Bonnet", "16.23Z", S::From3To5, 2, None),
    ("Scierie du Haut-Bois", "16.10A", S::From10To19, 4, None),
    ("Atelier Couture Mathieu", "13.92Z", S::From1To2, 5, None),
    ("Pièces Plastiques Lucas", "22.22Z", S::From20To49, 5, Some(0)),
    ("Communauté de communes du Pays de Lisière", "84.11Z", S::From50To99, 0, None),
];

/// The example's flows, in the order they are created: (company index,
/// direction, label, material category, List of Waste code, amount). The
/// first five are the synergies' flows (see `flows_and_synergies`).
type FlowRow = (
    usize,
    Direction,
    &'static str,
    &'static str,
    Option<&'static str>,
    (f64, Unit, Period),
);

#[rustfmt::skip]
const FLOWS: [FlowRow; 14] = [
    (0, Direction::Have, "Chutes de carton ondulé (découpe)", "cardboard", Some("150101"), (2.0, Unit::T, Period::Month)),
    (1, Direction::Need, "Cartons de calage pour expédition", "cardboard", None, (1.5, Unit::T, Period::Month)),
    (2, Direction::Have, "Papier broyé (rognures d'imprimerie)", "paper", Some("200101"), (300.0, Unit::Kg, Period::Month)),
    (63, Direction::Need, "Paillage et matière sèche pour le compostage", "paper", None, (3.0, Unit::T, Period::Year)),
    // Open opportunities for the suggestions screen.
    (4, Direction::Have, "Palettes bois cassées", "wood", Some("150103"), (40.0, Unit::Pallets, Period::Month)),
    (7, Direction::Need, "Palettes bois pour expédition", "wood", None, (60.0, Unit::Pallets, Period::Month)),
    (16, Direction::Need, "Palettes de livraison", "wood", None, (25.0, Unit::Pallets, Period::Month)),
    (5, Direction::Have, "Copeaux d'acier", "metals", Some("120101"), (800.0, Unit::Kg, Period::Month)),
    (10, Direction::Have, "Chutes de tôle", "metals", Some("120101"), (1.2, Unit::T, Period::Quarter)),
    (5, Direction::Need, "Acier de récupération pour petites pièces", "metals", None, (2.0, Unit::T, Period::Year)),
    (6, Direction::Have, "Purges de polypropylène", "plastics", Some("070213"), (500.0, Unit::Kg, Period::Month)),
    (8, Direction::Have, "Lactosérum", "organics", Some("020501"), (20.0, Unit::M3, Period::Week)),
    (20, Direction::Need, "Lactosérum pour l'alimentation des porcs", "organics", None, (15.0, Unit::M3, Period::Week)),
    (9, Direction::Have, "Drêches de brasserie", "organics", Some("020799"), (1.5, Unit::T, Period::Month)),
];

/// What the third café harvested: (kind, text, resource, rough quantity,
/// category, its companies by position among those present, votes).
type HarvestRow = (
    HarvestKind,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [usize],
    u32,
);

#[rustfmt::skip]
const THIRD_HARVEST: [HarvestRow; 6] = [
    (HarvestKind::Have, "Chutes de bois brut de la menuiserie", "chutes de bois", "2 t/mois", "wood", &[4], 0),
    (HarvestKind::Need, "Palettes pour les expéditions", "palettes", "40 palettes/mois", "wood", &[7], 0),
    (HarvestKind::Idea, "Collecte mutualisée des cartons de la zone", "cartons", "", "cardboard", &[0, 1, 3, 9], 9),
    (HarvestKind::Idea, "Navette commune vers la déchèterie professionnelle", "déchets banals", "", "", &[5, 6, 10], 6),
    (HarvestKind::Idea, "Achat groupé d’équipements de protection", "EPI", "", "", &[2, 8, 11, 12], 4),
    (HarvestKind::Idea, "Reprise des chutes de bois pour le chauffage", "chutes de bois", "", "wood", &[4, 13], 7),
];

const COMMUNES: [(&str, &str, f64, f64); 6] = [
    ("Bourg-sur-Lisière", "70310", 47.612, 6.245),
    ("Montclair-la-Côte", "70320", 47.655, 6.301),
    ("La Vernière", "70310", 47.571, 6.188),
    ("Saint-Aubin-des-Prés", "70330", 47.598, 6.352),
    ("Les Essarts-le-Vieux", "70340", 47.688, 6.214),
    ("Villeneuve-la-Forge", "70330", 47.549, 6.297),
];
const ZONES: [&str; 3] = ["ZA des Prés Hauts", "ZI de la Forge", "Centre-bourg"];
const FIRST: [&str; 24] = [
    "Claire",
    "Julien",
    "Sophie",
    "Marc",
    "Nathalie",
    "Thomas",
    "Isabelle",
    "Nicolas",
    "Céline",
    "Laurent",
    "Émilie",
    "Olivier",
    "Sandrine",
    "Pierre",
    "Aurélie",
    "Franck",
    "Valérie",
    "Sébastien",
    "Hélène",
    "David",
    "Camille",
    "Antoine",
    "Delphine",
    "Christophe",
];
const LAST: [&str; 20] = [
    "Martin", "Bernard", "Petit", "Durand", "Leroux", "Moreau", "Simon", "Laurent", "Michel",
    "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André",
    "Mercier", "Blanc",
];
const ROLES: [&str; 5] = [
    "Dirigeant·e",
    "Responsable QHSE",
    "Responsable de production",
    "Responsable achats",
    "Responsable logistique",
];

/// Builds the example project, deterministic for a given `today` and seed.
/// A few companies asked for discretion, and the officer keeps private
/// notes on some: what partner files must leave home.
fn company_confidentiality(i: usize) -> Confidentiality {
    match i {
        11 => Confidentiality::Facilitator,
        15 => Confidentiality::Restricted,
        _ => Confidentiality::Network,
    }
}

fn company_note(i: usize) -> &'static str {
    match i {
        0 => "Dirigeant moteur, prêt à témoigner en réunion publique.",
        11 => "Données d'activité sensibles : réservé à l'équipe d'animation.",
        15 => "A demandé la confidentialité : reprise de l'entreprise en cours.",
        20 => "Rappeler après la saison : pas disponible avant septembre.",
        _ => "",
    }
}

pub fn example_project(today: Date, seed: u64) -> Project {
    let mut g = Gen::new(today, seed);
    let mut p = g.skeleton();
    g.companies(&mut p);
    g.contacts(&mut p);
    g.outreach(&mut p);
    g.flows_and_synergies(&mut p);
    g.events(&mut p);
    g.time_and_tasks(&mut p);
    p
}

struct Gen {
    rng: Rng,
    today: Date,
    /// First day of the programme (about ten months ago).
    start: Date,
    officer: Author,
    partner: Author,
}

impl Gen {
    fn new(today: Date, seed: u64) -> Gen {
        let mut rng = Rng::new(seed);
        let officer = Author {
            actor: rng.uuid(),
            label: OFFICER.into(),
        };
        let partner = Author {
            actor: rng.uuid(),
            label: PARTNER.into(),
        };
        Gen {
            rng,
            today,
            start: today.add_days(-300),
            officer,
            partner,
        }
    }

    fn day(&self, offset: i64) -> Date {
        self.start.add_days(offset)
    }

    fn ms(&self, d: Date) -> i64 {
        d.epoch_ms() + 10 * 3_600_000
    }

    fn ctx(&self, d: Date) -> EditContext {
        EditContext {
            now_ms: self.ms(d),
            author: self.officer.clone(),
        }
    }

    fn skeleton(&mut self) -> Project {
        let ctx = self.ctx(self.start);
        let mut p = Project::new(
            self.rng.uuid(),
            self.rng.uuid(),
            "CC du Pays de Lisière — démarche EIT",
            &ctx,
        );
        let t = &mut p.territory;
        t.programme = "Programme local de prévention des déchets ménagers et assimilés".into();
        t.start = Some(self.start);
        t.end = Some(self.day(364));
        t.communes = COMMUNES.iter().map(|c| c.0.to_owned()).collect();
        t.zones = ZONES.iter().map(|z| (*z).to_owned()).collect();
        t.partners = vec![
            Partner {
                name: "Jeune Chambre Économique du Pays de Lisière".into(),
                role: "Phoning et premières visites".into(),
            },
            Partner {
                name: "CCI territoriale".into(),
                role: "Fichier des entreprises, animation des rencontres".into(),
            },
        ];
        t.report_texts.insert(
            ReportPart::Context,
            "Territoire fictif d'exemple : 64 établissements, trois rencontres, deux synergies."
                .into(),
        );
        p
    }

    fn companies(&mut self, p: &mut Project) {
        for (i, &(name, naf, size, commune, zone)) in COMPANIES.iter().enumerate() {
            let (town, postcode, lat, lon) = COMMUNES[commune];
            let siret_body: String = (0..13)
                .map(|_| char::from(b'0' + self.rng.below(10) as u8))
                .collect();
            let siret = crate::siret::with_luhn_key(&format!("4{}", &siret_body[1..]));
            let jitter = |r: &mut Rng| (r.unit() - 0.5) * 0.03;
            p.companies.push(Company {
                id: self.rng.uuid(),
                rev: 1,
                updated_at: self.ms(self.day(i as i64 / 16)),
                updated_by: self.officer.clone(),
                deleted: false,
                name: name.into(),
                siret: Some(siret),
                activity: Some(ActivityCode {
                    nomenclature: Nomenclature::NafRev2,
                    code: naf.into(),
                }),
                size_band: Some(size),
                address: format!(
                    "{} {}",
                    1 + self.rng.below(80),
                    self.rng.pick(&[
                        "rue de l'Industrie",
                        "route de Montclair",
                        "avenue de la Gare",
                        "chemin des Prés",
                        "rue du Moulin"
                    ])
                ),
                postcode: postcode.into(),
                commune: town.into(),
                zone: zone.map(|z| ZONES[z].to_owned()).unwrap_or_default(),
                // The last row is the authority running the programme: it takes
                // part without being recruited.
                organisation: if i == COMPANIES.len() - 1 {
                    Organisation::LocalAuthority
                } else {
                    Organisation::Company
                },
                coordinates: Some(Coordinates {
                    lat: lat + jitter(&mut self.rng),
                    lon: lon + jitter(&mut self.rng),
                }),
                tags: if i < 30 {
                    vec!["pilote".into()]
                } else {
                    Vec::new()
                },
                notes: company_note(i).into(),
                confidentiality: company_confidentiality(i),
                stage_override: None,
            });
        }
    }

    fn contacts(&mut self, p: &mut Project) {
        // Every person a different name: homonyms would blur the seating boards.
        let mut taken = std::collections::HashSet::new();
        for (i, c) in p.companies.clone().iter().enumerate() {
            let n = if i % 5 == 0 { 2 } else { 1 };
            for k in 0..n {
                let (first, last) = loop {
                    let pair = (*self.rng.pick(&FIRST), *self.rng.pick(&LAST));
                    if taken.insert(pair) {
                        break pair;
                    }
                };
                let domain = crate::text::slug(&c.name);
                let declined = (32..40).contains(&i);
                p.contacts.push(Contact {
                    id: self.rng.uuid(),
                    rev: 1,
                    updated_at: c.updated_at,
                    updated_by: self.officer.clone(),
                    deleted: false,
                    company_id: c.id,
                    name: format!("{first} {last}"),
                    role: ROLES[(i + k) % ROLES.len()].into(),
                    email: format!(
                        "{}.{}@{}.example",
                        crate::text::slug(first),
                        crate::text::slug(last),
                        domain
                    ),
                    phone: format!(
                        "03 84 {:02} {:02} {:02}",
                        self.rng.below(100),
                        self.rng.below(100),
                        self.rng.below(100)
                    ),
                    consent: !declined,
                    consent_date: (!declined).then(|| self.day(25 + i as i64 / 3)),
                    opt_out: declined && k == 0 && i % 2 == 0,
                    notes: String::new(),
                });
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn log(
        &mut self,
        p: &mut Project,
        company: usize,
        kind: InteractionKind,
        day: i64,
        by_partner: bool,
        outcome: Outcome,
        summary: &str,
        next: Option<(&str, i64)>,
    ) {
        let company_id = p.companies[company].id;
        let contact_id = p
            .contacts
            .iter()
            .find(|c| c.company_id == company_id)
            .map(|c| c.id);
        let date = self.day(day);
        let author = if by_partner {
            self.partner.clone()
        } else {
            self.officer.clone()
        };
        let next_action = next.map(|(text, due)| NextAction {
            text: text.into(),
            due: Some(self.day(due)),
            done: self.day(due) < self.today.add_days(-20),
        });
        p.interactions.push(Interaction {
            id: self.rng.uuid(),
            rev: 1,
            updated_at: self.ms(date.min(self.today)),
            updated_by: author,
            deleted: false,
            company_id,
            contact_id,
            kind,
            date,
            done_by: by_partner.then(|| PARTNER.to_owned()),
            outcome,
            summary: summary.into(),
            next_action,
        });
    }

    /// The funnel of the seed programme: 60 contacted, 30 interviews, 15 at
    /// the meetings (see the ranges below); the authority, last, is not recruited.
    fn outreach(&mut self, p: &mut Project) {
        use InteractionKind as K;
        use Outcome as O;
        // Positions in COMPANIES: 0..30 visited (30), 30..32 visit booked,
        // 32..40 declined, 40..43 contacted in the previous campaign (dormant),
        // 43..60 contacted without result yet, 60..63 only listed, 63 the authority.
        for i in 0..60 {
            let old_campaign = (40..43).contains(&i);
            let mailing_day = if old_campaign {
                -190
            } else {
                20 + (i as i64 % 5)
            };
            self.log(
                p,
                i,
                K::Mailing,
                mailing_day,
                false,
                O::NoAnswer,
                "Courrier de présentation de la démarche et invitation à un entretien.",
                None,
            );
        }
        for i in 0..40 {
            let (outcome, summary, next) = match i {
                0..=31 => (
                    O::InterviewBooked,
                    "Appel : intéressé·e, rendez-vous pris pour un entretien sur site.",
                    None,
                ),
                _ => (
                    O::Declined,
                    "Appel : ne souhaite pas participer pour le moment.",
                    None,
                ),
            };
            self.log(
                p,
                i,
                K::Call,
                32 + i as i64 / 2,
                true,
                outcome,
                summary,
                next,
            );
        }
        for i in 0..30 {
            let outcome = if i < 24 { O::FlowsCollected } else { O::Held };
            self.log(p, i, K::Visit, 50 + 3 * i as i64, false, outcome, "Entretien sur site (1 h) : visite de l'atelier, inventaire des flux entrants et sortants.", (i >= 24).then_some(("Relancer pour obtenir les quantités de déchets", 60 + 3 * i as i64 + 200)));
        }
        self.log(
            p,
            30,
            K::Visit,
            305,
            false,
            O::InterviewBooked,
            "Entretien sur site prévu.",
            Some((
                "Préparer l'entretien (fiche entreprise, flux probables)",
                303,
            )),
        );
        self.log(
            p,
            31,
            K::Visit,
            312,
            false,
            O::InterviewBooked,
            "Entretien sur site prévu.",
            Some(("Confirmer le rendez-vous la veille", 311)),
        );
        for i in 43..60 {
            let interested = i % 3 == 0;
            if interested {
                self.log(
                    p,
                    i,
                    K::Email,
                    60 + i as i64,
                    false,
                    O::Interested,
                    "Réponse au courrier : souhaite en savoir plus.",
                    Some(("Rappeler pour proposer un entretien", 290 + (i as i64 % 12))),
                );
            }
        }
    }

    fn flow(
        &mut self,
        p: &mut Project,
        company: usize,
        direction: Direction,
        label: &str,
        category: &str,
        low: Option<&str>,
        q: (f64, Unit, Period),
    ) -> Id {
        let id = self.rng.uuid();
        let when = self.day(50 + 3 * company as i64);
        p.flows.push(Flow {
            id,
            rev: 1,
            updated_at: self.ms(when),
            updated_by: self.officer.clone(),
            deleted: false,
            company_id: p.companies[company].id,
            direction,
            kind: if direction == Direction::Have {
                FlowKind::Waste
            } else {
                FlowKind::Material
            },
            label: label.into(),
            category: category.into(),
            low_code: low.map(str::to_owned),
            quantity: Some(Quantity {
                value: q.0,
                unit: q.1,
                period: q.2,
            }),
            regularity: Regularity::Regular,
            route: CurrentRoute::default(),
            quality_notes: String::new(),
            confidence: Confidence::Estimated,
            last_verified: Some(when),
            confidentiality: Confidentiality::Network,
            density_kg_m3: None,
        });
        id
    }

    fn flows_and_synergies(&mut self, p: &mut Project) {
        use Direction::*;
        let ids: Vec<Id> = FLOWS
            .iter()
            .map(|&(company, direction, label, category, low, q)| {
                self.flow(p, company, direction, label, category, low, q)
            })
            .collect();
        let [offcuts, packaging, shredded, mulch, pallets] =
            [ids[0], ids[1], ids[2], ids[3], ids[4]];
        // Five companies each paying for their own cardboard collection: a pooling candidate.
        for (i, m3) in [(12, 4.0), (13, 10.0), (14, 6.0), (18, 2.0), (17, 3.0)] {
            self.flow(
                p,
                i,
                SharedNeed,
                "Collecte des cartons",
                "cardboard",
                Some("150101"),
                (m3, Unit::M3, Period::Week),
            );
        }
        // Costs and routes where the visit gave them; one old figure to re-check.
        let set_route =
            |p: &mut Project, id: Id, treatment: Treatment, provider: &str, km: f64, eur: f64| {
                if let Some(f) = p.flows.iter_mut().find(|f| f.id == id) {
                    f.route = CurrentRoute {
                        treatment: Some(treatment),
                        provider: provider.into(),
                        distance_km: Some(km),
                        cost_eur_per_year: Some(eur),
                    };
                }
            };
        set_route(
            p,
            offcuts,
            Treatment::Recycling,
            "Recycleur régional (180 km)",
            180.0,
            4_200.0,
        );
        set_route(
            p,
            shredded,
            Treatment::Incineration,
            "Collecte des DAE",
            25.0,
            900.0,
        );
        set_route(p, pallets, Treatment::Landfill, "Benne DIB", 30.0, 1_600.0);
        if let Some(f) = p.flows.iter_mut().find(|f| f.id == pallets) {
            f.last_verified = Some(self.today.add_days(-420));
        }
        let a = self.officer.clone();
        let mut cardboard = self.synergy(
            p,
            "Chutes de carton réutilisées comme calage",
            (0, Role::Supplier),
            (1, Role::Receiver),
            vec![offcuts, packaging],
            &[
                (SynergyStatus::Idea, 95),
                (SynergyStatus::Studied, 120),
                (SynergyStatus::InProgress, 160),
                (SynergyStatus::Contracted, 230),
            ],
            &a,
        );
        // The seed case: 3 heavy-truck trips of 360 km a month no longer driven.
        cardboard.impact.estimate = Some(ImpactInputs {
            tonnes_per_year: Some(18.0),
            transport: Some(TransportAvoided {
                method: TransportMethod::VehicleKm,
                trips_per_month: Some(3.0),
                km_per_trip: Some(360.0),
                factor: crate::factors::DEFAULT_VEHICLE_KM.into(),
            }),
            old_route_factor: None,
            virgin_factor: Some("bc23.6.26737".into()),
            savings: vec![
                Saving {
                    company_id: p.companies[0].id,
                    eur_per_year: 4_200.0,
                },
                Saving {
                    company_id: p.companies[1].id,
                    eur_per_year: 2_700.0,
                },
            ],
            value_kept_eur_per_year: Some(6_900.0),
            as_of: Some(self.day(230)),
        });
        cardboard.next_action = Some(NextAction {
            text: "Bilan à six mois avec les deux entreprises".into(),
            due: Some(self.day(410)),
            done: false,
        });
        p.synergies.push(cardboard);
        let mut paper = self.synergy(
            p,
            "Papier broyé réutilisé par la collectivité",
            (2, Role::Supplier),
            (63, Role::LocalAuthority),
            vec![shredded, mulch],
            &[
                (SynergyStatus::Idea, 155),
                (SynergyStatus::Studied, 200),
                (SynergyStatus::InProgress, 270),
            ],
            &a,
        );
        paper.impact.estimate = Some(ImpactInputs {
            tonnes_per_year: Some(3.0),
            old_route_factor: Some("defra2025.waste.paper.incineration".into()),
            ..Default::default()
        });
        paper.barriers.push(Barrier {
            category: BarrierCategory::Organisational,
            text: "Trouver qui transporte les sacs jusqu'à la plateforme de compostage.".into(),
        });
        paper.next_action = Some(NextAction {
            text: "Essai de trois mois à la plateforme de compostage".into(),
            due: Some(self.day(310)),
            done: false,
        });
        p.synergies.push(paper);
    }

    #[allow(clippy::too_many_arguments)]
    fn synergy(
        &mut self,
        p: &Project,
        title: &str,
        a: (usize, Role),
        b: (usize, Role),
        flow_ids: Vec<Id>,
        steps: &[(SynergyStatus, i64)],
        by: &Author,
    ) -> Synergy {
        let mut history = Vec::new();
        let mut from = None;
        for &(to, day) in steps {
            history.push(StatusChange {
                from,
                to,
                at: self.ms(self.day(day)),
                by: by.clone(),
                reason: String::new(),
            });
            from = Some(to);
        }
        let (status, last_day) = *steps.last().unwrap_or(&(SynergyStatus::Idea, 0));
        Synergy {
            id: self.rng.uuid(),
            rev: steps.len() as u64,
            updated_at: self.ms(self.day(last_day)),
            updated_by: by.clone(),
            deleted: false,
            title: title.into(),
            kind: SynergyKind::Substitution,
            subtype: "Réemploi de sous-produit".into(),
            participants: vec![
                Participant {
                    company_id: p.companies[a.0].id,
                    role: a.1,
                },
                Participant {
                    company_id: p.companies[b.0].id,
                    role: b.1,
                },
            ],
            flow_ids,
            origin: Origin {
                kind: OriginKind::Workshop,
                event_id: None,
            },
            status,
            history,
            next_action: None,
            barriers: Vec::new(),
            impact: Impact::default(),
            notes: String::new(),
        }
    }

    fn events(&mut self, p: &mut Project) {
        // Three World Cafés (about April, June and October of the seed programme);
        // at the third, participants bring a company of their network.
        let plans: [(i64, &str, usize, std::ops::Range<usize>); 3] = [
            (
                90,
                "Rencontre 1 — Nos déchets sont des ressources",
                0,
                0..12,
            ),
            (150, "Rencontre 2 — Mutualiser nos collectes", 5, 0..11),
            (270, "Rencontre 3 — Chacun amène une entreprise", 8, 0..15),
        ];
        for (day, title, host, who) in plans {
            let date = self.day(day);
            let attendance = who
                .map(|i| {
                    let mut a = self.attendee(p, i, AttendanceStatus::Present);
                    if i % 7 == 6 {
                        a.status = AttendanceStatus::Late;
                        a.from_round = Some(2);
                    }
                    a.referred_by = (day == 270 && i >= 12).then(|| p.companies[i - 12].id);
                    a
                })
                .collect();
            let mut e = self.event(p, date, title, host);
            e.invitations = p
                .companies
                .iter()
                .take(30)
                .map(|c| Invitation {
                    company_id: c.id,
                    contact_id: None,
                })
                .collect();
            e.attendance = attendance;
            p.events.push(e);
        }
        self.played_cafes(p);
        self.coming_cafe(p);
    }

    fn event(&mut self, p: &Project, date: Date, title: &str, host: usize) -> Event {
        let ctx = self.ctx(date.min(self.today));
        let mut e = crate::commands::draft_event(self.rng.uuid(), EventKind::WorldCafe, date, &ctx);
        e.rev = 1;
        e.title = title.into();
        e.start_time = "08:30".into();
        e.place = p.companies[host].name.clone();
        e.host_company_id = Some(p.companies[host].id);
        e
    }

    /// A company's first contact (or the company's name) as a participant.
    fn attendee(&mut self, p: &Project, company: usize, status: AttendanceStatus) -> Attendee {
        let c = &p.companies[company];
        let contact = p.contacts.iter().find(|x| x.company_id == c.id);
        Attendee {
            id: self.rng.uuid(),
            company_id: c.id,
            contact_id: contact.map(|x| x.id),
            name: contact.map_or_else(|| c.name.clone(), |x| x.name.clone()),
            status,
            referred_by: None,
            host_of_table: None,
            from_round: None,
            until_round: None,
        }
    }

    /// A past meeting's World Café as it was played: three tables with a
    /// host each, three rounds, their seats.
    fn played_cafe(&mut self, e: &mut Event, p: &Project, questions: [&str; 3], seed: u64) {
        for (t, a) in e.attendance.iter_mut().take(3).enumerate() {
            a.host_of_table = Some(t as u32 + 1);
        }
        let mut plan = crate::commands::shape_plan(None, 3, 3, seed);
        for (r, q) in plan.rounds.iter_mut().zip(questions) {
            r.question = q.into();
        }
        e.cafe = Some(plan);
        if let Ok(proposal) = crate::commands::propose_plan(p, e, 0) {
            let plan = e.cafe.as_mut().expect("plan");
            plan.seating = proposal.seating;
            plan.locked_rounds = 3;
        }
    }

    /// The meetings' World Cafés as played, and what came up at the third.
    fn played_cafes(&mut self, p: &mut Project) {
        let questions = [
            [
                "Que jetez-vous, que payez-vous pour faire enlever ?",
                "Qu’achetez-vous qu’un voisin pourrait fournir ?",
                "Que pourrions-nous faire ensemble dès cette année ?",
            ],
            [
                "Quelles collectes payez-vous aujourd’hui ?",
                "Lesquelles pourrions-nous partager ?",
                "Qui porte le premier pas ?",
            ],
            [
                "Qu’est-ce qui vous a fait venir ?",
                "Quelles ressources de votre voisin vous seraient utiles ?",
                "Que pourrions-nous faire ensemble dès cette année ?",
            ],
        ];
        let mut events = std::mem::take(&mut p.events);
        for (k, e) in events.iter_mut().enumerate() {
            self.played_cafe(e, p, questions[k % 3], 90 + k as u64);
        }
        let third = events.last_mut().expect("three meetings");
        self.third_harvest(third);
        p.events = events;
    }

    fn third_harvest(&mut self, e: &mut Event) {
        let ids: Vec<Id> = e.attendance.iter().map(|a| a.company_id).collect();
        for (n, (kind, text, resource, quantity, category, who, votes)) in
            THIRD_HARVEST.into_iter().enumerate()
        {
            e.harvest.push(HarvestItem {
                id: self.rng.uuid(),
                kind,
                text: text.into(),
                round: Some(n as u32 % 3 + 1),
                table: Some(n as u32 % 3 + 1),
                company_ids: who.iter().map(|&i| ids[i]).collect(),
                resource: resource.into(),
                quantity: quantity.into(),
                votes,
                category: category.into(),
                converted_to: None,
            });
        }
    }

    /// The next meeting, in three weeks: fifteen companies invited, their
    /// contacts expected, the World Café still to plan.
    fn coming_cafe(&mut self, p: &mut Project) {
        let date = self.today.add_days(20);
        let mut e = self.event(p, date, "Rencontre 4 — Énergie, chaleur et eau", 12);
        e.start_time = "09:00".into();
        e.theme = "Énergie, chaleur fatale et eau".into();
        let invited: Vec<usize> = (5..p.companies.len())
            .filter(|&i| p.contacts.iter().any(|c| c.company_id == p.companies[i].id))
            .take(15)
            .collect();
        e.invitations = invited
            .iter()
            .map(|&i| Invitation {
                company_id: p.companies[i].id,
                contact_id: p
                    .contacts
                    .iter()
                    .find(|c| c.company_id == p.companies[i].id)
                    .map(|c| c.id),
            })
            .collect();
        p.events.push(e);
    }

    fn time_and_tasks(&mut self, p: &mut Project) {
        // Agent time of the seed programme: 5 h listing, 60 h visits, 15 h flow
        // analysis, 10 h per meeting.
        let mut entries = vec![(5, Activity::Listing, 5.0), (200, Activity::Analysis, 15.0)];
        entries.extend((0..30).map(|i| (50 + 3 * i, Activity::Visits, 2.0)));
        entries.extend([90, 150, 270].map(|d| (d, Activity::Meetings, 10.0)));
        for (day, activity, hours) in entries {
            let date = self.day(day);
            p.time_entries.push(TimeEntry {
                id: self.rng.uuid(),
                rev: 1,
                updated_at: self.ms(date),
                updated_by: self.officer.clone(),
                deleted: false,
                date,
                activity,
                hours,
                company_id: None,
                event_id: None,
                done_by: None,
                note: String::new(),
            });
        }
        let tasks = [
            ("Listing des entreprises du territoire", 0, 10, true),
            ("Mailing de présentation", 15, 25, true),
            ("Phoning (JCE)", 30, 55, true),
            ("Entretiens sur site", 45, 320, false),
            // A milestone: one day.
            ("Bilan annuel aux élus", 345, 345, false),
        ];
        for (title, start, due, done) in tasks {
            p.tasks.push(Task {
                id: self.rng.uuid(),
                rev: 1,
                updated_at: self.ms(self.day(start)),
                updated_by: self.officer.clone(),
                deleted: false,
                title: title.into(),
                start: Some(self.day(start)),
                due: Some(self.day(due)),
                milestone: start == due,
                done,
                event_id: None,
                notes: String::new(),
            });
        }
    }
}

/// A large synthetic project for benchmarks: `companies` companies spread over
/// a territory of about 60 × 60 km, `flows` flows and `synergies` synergies.
pub fn generated_project(
    companies: usize,
    flows: usize,
    synergies: usize,
    seed: u64,
    today: Date,
) -> Project {
    let mut p = example_project(today, seed);
    let mut rng = Rng::new(seed ^ 0xB16);
    let author = p.territory.updated_by.clone();
    let template = p.companies[0].clone();
    let naf = crate::naf::rev2();
    while p.companies.len() < companies {
        let n = p.companies.len();
        let sub = &naf.subclasses[rng.below(naf.subclasses.len())];
        let mut c = template.clone();
        c.id = rng.uuid();
        c.name = format!(
            "{} {} {}",
            rng.pick(&[
                "Ateliers",
                "Société",
                "Établissements",
                "Industries",
                "Groupe"
            ]),
            rng.pick(&LAST),
            n
        );
        c.siret = Some(crate::siret::with_luhn_key(&format!(
            "{:013}",
            4_000_000_000_000u64 + n as u64 * 7919
        )));
        c.activity = Some(ActivityCode {
            nomenclature: Nomenclature::NafRev2,
            code: sub.code.into(),
        });
        c.size_band = Some(*rng.pick(&SizeBand::ALL));
        let (town, postcode, lat, lon) = *rng.pick(&COMMUNES);
        c.commune = town.into();
        c.postcode = postcode.into();
        c.zone = if rng.below(3) == 0 {
            String::new()
        } else {
            rng.pick(&ZONES).to_string()
        };
        c.coordinates = Some(Coordinates {
            lat: lat + (rng.unit() - 0.5) * 0.5,
            lon: lon + (rng.unit() - 0.5) * 0.7,
        });
        c.tags = Vec::new();
        c.updated_by = author.clone();
        p.companies.push(c);
    }
    let flow_template = p.flows[0].clone();
    let low = crate::low::list();
    while p.flows.len() < flows {
        let mut f = flow_template.clone();
        f.id = rng.uuid();
        f.company_id = p.companies[rng.below(p.companies.len())].id;
        f.direction = *rng.pick(&[Direction::Have, Direction::Need, Direction::SharedNeed]);
        let code = &low.codes[rng.below(low.codes.len())];
        f.low_code = Some(code.code.to_owned());
        f.category = crate::materials::category_of_code(code.code)
            .map(|c| c.key.to_owned())
            .unwrap_or_default();
        f.label = code.label_fr.chars().take(60).collect();
        f.quantity = Some(Quantity {
            value: 0.1 + rng.unit() * 50.0,
            unit: Unit::T,
            period: *rng.pick(&[Period::Month, Period::Year, Period::Week]),
        });
        p.flows.push(f);
    }
    let synergy_template = p.synergies[0].clone();
    while p.synergies.len() < synergies {
        let mut s = synergy_template.clone();
        s.id = rng.uuid();
        let a = rng.below(p.companies.len());
        let b = (a + 1 + rng.below(p.companies.len() - 1)) % p.companies.len();
        s.participants = vec![
            Participant {
                company_id: p.companies[a].id,
                role: Role::Supplier,
            },
            Participant {
                company_id: p.companies[b].id,
                role: Role::Receiver,
            },
        ];
        s.flow_ids = Vec::new();
        p.synergies.push(s);
    }
    p
}
