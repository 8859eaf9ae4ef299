//! The company form: identity, location, follow-up and who may see it.

use super::{number_text, optional_number};
use crate::i18n::Lang;
use crate::model::*;
use crate::naf::{ActivityCode, Nomenclature};
use crate::{Author, Issue};

/// The company form's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct CompanyFields {
    pub name: String,
    pub siret: String,
    pub nomenclature: Nomenclature,
    /// The activity code as typed, or empty.
    pub naf: String,
    pub size: Option<SizeBand>,
    pub address: String,
    pub postcode: String,
    pub commune: String,
    pub zone: String,
    pub lat: String,
    pub lon: String,
    /// Tags separated by commas.
    pub tags: String,
    pub notes: String,
    pub confidentiality: Confidentiality,
    pub organisation: Organisation,
}

impl CompanyFields {
    pub fn of(c: &Company, lang: Lang) -> CompanyFields {
        let activity = c.activity.as_ref();
        CompanyFields {
            name: c.name.clone(),
            siret: c.siret.clone().unwrap_or_default(),
            nomenclature: activity.map_or(Nomenclature::NafRev2, |a| a.nomenclature),
            naf: activity.map(|a| a.code.clone()).unwrap_or_default(),
            size: c.size_band,
            address: c.address.clone(),
            postcode: c.postcode.clone(),
            commune: c.commune.clone(),
            zone: c.zone.clone(),
            lat: number_text(lang, c.coordinates.map(|x| x.lat)),
            lon: number_text(lang, c.coordinates.map(|x| x.lon)),
            tags: c.tags.join(", "),
            notes: c.notes.clone(),
            confidentiality: c.confidentiality,
            organisation: c.organisation,
        }
    }

    /// `base` with what the fields say, or the fields that are not numbers.
    /// The record's own checks (SIRET key, NAF code, both coordinates or
    /// none…) are the command's.
    pub fn to_company(&self, base: &Company) -> Result<Company, Vec<Issue>> {
        let mut issues = Vec::new();
        let lat = optional_number(&self.lat, "coordinates.lat", &mut issues);
        let lon = optional_number(&self.lon, "coordinates.lon", &mut issues);
        if !issues.is_empty() {
            return Err(issues);
        }
        let trimmed = |s: &str| s.trim().to_owned();
        let mut c = base.clone();
        c.name = self.name.clone();
        c.siret = Some(self.siret.clone()).filter(|s| !s.trim().is_empty());
        c.activity = (!self.naf.trim().is_empty()).then(|| ActivityCode {
            nomenclature: self.nomenclature,
            code: trimmed(&self.naf),
        });
        c.size_band = self.size;
        c.address = trimmed(&self.address);
        c.postcode = trimmed(&self.postcode);
        c.commune = trimmed(&self.commune);
        c.zone = trimmed(&self.zone);
        c.coordinates = match (lat, lon) {
            (Some(lat), Some(lon)) => Some(Coordinates { lat, lon }),
            _ => None,
        };
        c.tags = self
            .tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        c.notes = self.notes.clone();
        c.confidentiality = self.confidentiality;
        c.organisation = self.organisation;
        Ok(c)
    }
}

/// A blank company (a draft at rev 0) for the "new company" form.
pub fn new_company(id: Id, author: Author) -> Company {
    Company {
        id,
        rev: 0,
        updated_at: 0,
        updated_by: author,
        deleted: false,
        name: String::new(),
        siret: None,
        activity: None,
        size_band: None,
        address: String::new(),
        postcode: String::new(),
        commune: String::new(),
        zone: String::new(),
        coordinates: None,
        tags: Vec::new(),
        notes: String::new(),
        confidentiality: Confidentiality::Network,
        stage_override: None,
        organisation: Organisation::Company,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Date, IssueCode};

    #[test]
    fn every_company_of_the_example_reads_back_unchanged_in_either_language() {
        let today = Date::parse("2026-11-28").unwrap();
        let example = crate::example::example_project(today, 3);
        let generated = crate::example::generated_project(300, 10, 0, 3, today);
        assert!(example.companies.len() + generated.companies.len() > 300);
        for lang in [Lang::Fr, Lang::En] {
            for c in example.companies.iter().chain(&generated.companies) {
                assert_eq!(
                    CompanyFields::of(c, lang).to_company(c).as_ref(),
                    Ok(c),
                    "{}",
                    c.name
                );
            }
        }
    }

    #[test]
    fn typed_fields_become_the_company_and_wrong_ones_are_named() {
        let author = Author {
            actor: Id::from_u128(1),
            label: "t".into(),
        };
        let base = new_company(Id::from_u128(2), author);
        let mut fields = CompanyFields::of(&base, Lang::Fr);
        assert_eq!((fields.size, fields.lat.as_str()), (None, ""));
        fields.name = "Cartonnerie du Lez".into();
        fields.naf = " 17.21A ".into();
        fields.size = Some(SizeBand::From20To49);
        fields.tags = " carton, , emballage ".into();
        fields.lat = "43,61".into();
        fields.lon = "3,87".into();
        fields.confidentiality = Confidentiality::Restricted;
        let c = fields.to_company(&base).unwrap();
        assert_eq!(c.activity.as_ref().map(|a| a.code.as_str()), Some("17.21A"));
        assert_eq!(c.size_band, Some(SizeBand::From20To49));
        assert_eq!(c.tags, ["carton", "emballage"]);
        assert_eq!(
            c.coordinates,
            Some(Coordinates {
                lat: 43.61,
                lon: 3.87
            })
        );
        assert_eq!(c.confidentiality, Confidentiality::Restricted);
        fields.lat = "43°36'".into();
        let wrong = fields.to_company(&base).unwrap_err();
        assert_eq!(wrong.len(), 1);
        assert_eq!(
            (wrong[0].path.as_str(), &wrong[0].code),
            ("coordinates.lat", &IssueCode::NotFinite)
        );
    }
}
