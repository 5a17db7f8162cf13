//! The region tables: imported from the CBS / PDOK files in the shared geo folder (or
//! fetched from an address that serves the same files), checked for consistency, and
//! written as one derived JSON file that the server loads at start-up. The source files are
//! never copied into the repository; the derived, compact tables are, as
//! `data/regions.json` with their attribution, so a clone builds and runs anywhere. A test
//! checks that they equal what `hulpwijzer import-regions` derives.

use hulpwijzer_core::vocab::Island;
use serde::{Deserialize, Serialize};
use std::{
    collections::HashSet,
    path::{Path, PathBuf},
};

pub use hulpwijzer_core::triage::plan::Named;

/// A municipality with its regions and outline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityRow {
    pub code: String,
    pub name: String,
    pub name_plain: String,
    pub vr_code: String,
    pub ggd_code: String,
    /// The Veilig Thuis region, inferred in the source data (see shared/geo/README.md).
    pub vt_region_inferred: String,
    /// A point inside the municipality, as (latitude, longitude).
    pub label: (f64, f64),
    /// The outline: polygons, each a list of rings of (longitude, latitude).
    pub polygons: Vec<Vec<Vec<(f64, f64)>>>,
}

/// A four-digit postcode area.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PostcodeRow {
    pub pc4: u16,
    /// The municipality holding the area (most of it, or the one CBS recorded).
    pub gm_code: String,
    /// Other municipalities holding at least 2 % of the area.
    pub other_gm_codes: Vec<String>,
    /// A point inside the area, as (latitude, longitude).
    pub label: (f64, f64),
}

/// One of the islands of the Caribbean Netherlands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IslandRow {
    /// Which island (written as the triage contract's id: `bonaire`, `sint_eustatius`,
    /// `saba`).
    pub id: Island,
    /// ISO 3166-2 code, e.g. `BQ-BO`.
    pub code: String,
    pub name: String,
    pub emergency_number: String,
    /// Approximate, unconfirmed position of the island, as (latitude, longitude).
    pub approx: (f64, f64),
}

/// The source files `import` reads, all in one folder.
pub const GEO_FILES: [&str; 6] = [
    "municipalities.csv",
    "pc4.csv",
    "veiligheidsregios.csv",
    "ggd_regions.csv",
    "gemeenten_2023_wgs84.geojson",
    "caribbean_netherlands.csv",
];

/// Where the tables come from, written into the derived file (CC-BY 4.0 asks for it).
pub const ATTRIBUTION: &str = "Derived by `hulpwijzer import-regions` from open data of CBS and PDOK (CC-BY 4.0): the 2023 municipal division (342 municipalities) with their veiligheidsregio and GGD region, the four-digit postcode areas, and simplified WGS84 municipality outlines, as prepared in shared/geo (see its README.md); the islands of the Caribbean Netherlands from a hand-made table there.";

/// Everything the region lookups need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionData {
    /// Where the tables come from.
    #[serde(default)]
    pub attribution: String,
    pub municipalities: Vec<MunicipalityRow>,
    pub veiligheidsregios: Vec<Named>,
    pub ggd_regions: Vec<Named>,
    pub postcodes: Vec<PostcodeRow>,
    pub islands: Vec<IslandRow>,
}

/// Why the geo files could not be imported or the derived file not read.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("cannot read {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("cannot write {0}: {1}")]
    Write(PathBuf, std::io::Error),
    #[error("{0}: {1}")]
    Csv(PathBuf, csv::Error),
    #[error("{0}: {1}")]
    Json(PathBuf, serde_json::Error),
    #[error("{file}: {problem}")]
    Inconsistent { file: &'static str, problem: String },
    #[error("cannot read {0}: {1}; run `hulpwijzer import-regions` first (see README.md)")]
    MissingDerived(PathBuf, std::io::Error),
}

#[derive(Deserialize)]
struct MunicipalityCsv {
    gm_code: String,
    gm_name: String,
    gm_name_plain: String,
    vr_code: String,
    ggd_code: String,
    vt_region_inferred: String,
    label_lat: f64,
    label_lon: f64,
}

#[derive(Deserialize)]
struct PostcodeCsv {
    pc4: u16,
    gm_code: String,
    other_gm: String,
    label_lat: f64,
    label_lon: f64,
}

#[derive(Deserialize)]
struct RegionCsv {
    #[serde(alias = "vr_code", alias = "ggd_code")]
    code: String,
    #[serde(alias = "vr_name", alias = "ggd_name")]
    name: String,
}

#[derive(Deserialize)]
struct IslandCsv {
    bes_code_iso3166_2: String,
    name: String,
    emergency_number: String,
    approx_lat: f64,
    approx_lon: f64,
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: FeatureProperties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct FeatureProperties {
    gm_code: String,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<(f64, f64)>>),
    MultiPolygon(Vec<Vec<Vec<(f64, f64)>>>),
}

fn read_csv<T: serde::de::DeserializeOwned>(dir: &Path, file: &str) -> Result<Vec<T>, DataError> {
    let path = dir.join(file);
    let mut reader =
        csv::Reader::from_path(&path).map_err(|err| DataError::Csv(path.clone(), err))?;
    reader
        .deserialize()
        .collect::<Result<Vec<T>, _>>()
        .map_err(|err| DataError::Csv(path, err))
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, DataError> {
    let text =
        std::fs::read_to_string(path).map_err(|err| DataError::Read(path.to_path_buf(), err))?;
    serde_json::from_str(&text).map_err(|err| DataError::Json(path.to_path_buf(), err))
}

/// The island a name in the geo table means ("Sint Eustatius" → `sint_eustatius`).
fn island_of(name: &str) -> Option<Island> {
    Island::from_id(&super::names::fold(name).replace(' ', "_"))
}

/// Reads the shared geo folder (CBS / PDOK, CC-BY 4.0) into checked region tables.
pub fn import(geo_dir: &Path) -> Result<RegionData, DataError> {
    let outlines: FeatureCollection = read_json(&geo_dir.join("gemeenten_2023_wgs84.geojson"))?;
    let mut municipalities = Vec::new();
    for row in read_csv::<MunicipalityCsv>(geo_dir, "municipalities.csv")? {
        let polygons: Vec<Vec<Vec<(f64, f64)>>> = outlines
            .features
            .iter()
            .filter(|feature| feature.properties.gm_code == row.gm_code)
            .flat_map(|feature| match &feature.geometry {
                Geometry::Polygon(rings) => vec![rings.clone()],
                Geometry::MultiPolygon(polygons) => polygons.clone(),
            })
            .collect();
        municipalities.push(MunicipalityRow {
            code: row.gm_code,
            name: row.gm_name,
            name_plain: row.gm_name_plain,
            vr_code: row.vr_code,
            ggd_code: row.ggd_code,
            vt_region_inferred: row.vt_region_inferred,
            label: (row.label_lat, row.label_lon),
            polygons,
        });
    }
    let postcodes = read_csv::<PostcodeCsv>(geo_dir, "pc4.csv")?
        .into_iter()
        .map(|row| PostcodeRow {
            pc4: row.pc4,
            gm_code: row.gm_code,
            other_gm_codes: row
                .other_gm
                .split(';')
                .filter_map(|part| part.split_once(':').map(|(code, _share)| code.to_owned()))
                .collect(),
            label: (row.label_lat, row.label_lon),
        })
        .collect();
    let mut islands = Vec::new();
    for row in read_csv::<IslandCsv>(geo_dir, "caribbean_netherlands.csv")? {
        let Some(id) = island_of(&row.name) else {
            return Err(DataError::Inconsistent {
                file: "caribbean_netherlands.csv",
                problem: format!("unexpected island {:?}", row.name),
            });
        };
        islands.push(IslandRow {
            id,
            code: row.bes_code_iso3166_2,
            name: row.name,
            emergency_number: row.emergency_number,
            approx: (row.approx_lat, row.approx_lon),
        });
    }
    let named = |file| -> Result<Vec<Named>, DataError> {
        Ok(read_csv::<RegionCsv>(geo_dir, file)?
            .into_iter()
            .map(|row| Named {
                code: row.code,
                name: row.name,
            })
            .collect())
    };
    let data = RegionData {
        attribution: ATTRIBUTION.to_owned(),
        municipalities,
        veiligheidsregios: named("veiligheidsregios.csv")?,
        ggd_regions: named("ggd_regions.csv")?,
        postcodes,
        islands,
    };
    check(&data)?;
    Ok(data)
}

/// Checks that every code the tables use is defined, every municipality has an outline
/// and no name is longer than near matching looks (`names::LONGEST_NAME`).
pub fn check(data: &RegionData) -> Result<(), DataError> {
    let codes = |list: &[Named]| list.iter().map(|n| n.code.clone()).collect::<HashSet<_>>();
    let vr = codes(&data.veiligheidsregios);
    let ggd = codes(&data.ggd_regions);
    let gm: HashSet<&str> = data
        .municipalities
        .iter()
        .map(|m| m.code.as_str())
        .collect();
    let fail = |file, problem: String| Err(DataError::Inconsistent { file, problem });
    if gm.len() != data.municipalities.len() {
        return fail(
            "municipalities.csv",
            "a municipality code appears twice".into(),
        );
    }
    for m in &data.municipalities {
        if !vr.contains(&m.vr_code) {
            return fail(
                "municipalities.csv",
                format!("{} has unknown veiligheidsregio {}", m.code, m.vr_code),
            );
        }
        if !ggd.contains(&m.ggd_code) {
            return fail(
                "municipalities.csv",
                format!("{} has unknown GGD region {}", m.code, m.ggd_code),
            );
        }
        if super::names::fold(&m.name).chars().count() > super::names::LONGEST_NAME {
            return fail(
                "municipalities.csv",
                format!("{} has a name longer than the near-match limit", m.code),
            );
        }
        if m.polygons.is_empty() {
            return fail(
                "gemeenten_2023_wgs84.geojson",
                format!("no outline for {}", m.code),
            );
        }
    }
    for p in &data.postcodes {
        if let Some(code) = std::iter::once(&p.gm_code)
            .chain(&p.other_gm_codes)
            .find(|c| !gm.contains(c.as_str()))
        {
            return fail(
                "pc4.csv",
                format!("postcode {} names unknown municipality {code}", p.pc4),
            );
        }
    }
    Ok(())
}

/// Writes the derived file.
pub fn write(data: &RegionData, path: &Path) -> Result<(), DataError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|err| DataError::Write(dir.to_path_buf(), err))?;
    }
    let json = serde_json::to_vec(data).map_err(|err| DataError::Json(path.to_path_buf(), err))?;
    std::fs::write(path, json).map_err(|err| DataError::Write(path.to_path_buf(), err))
}

/// Reads and checks the derived file.
pub fn read(path: &Path) -> Result<RegionData, DataError> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| DataError::MissingDerived(path.to_path_buf(), err))?;
    let data =
        serde_json::from_str(&text).map_err(|err| DataError::Json(path.to_path_buf(), err))?;
    check(&data)?;
    Ok(data)
}
