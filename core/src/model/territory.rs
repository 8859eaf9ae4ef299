record! {
    /// The territory and its programme; its id is the project's id.
    pub struct Territory : Territory {
        /// Name of the project as shown in the app ("CC du Pays de Lure — EIT 2026").
        pub name: String,
        /// Programme type ("Programme local de prévention", "Démarche EIT").
        #[serde(default)]
        pub programme: String,
        pub year: Option<i32>,
        /// Communes of the perimeter.
        #[serde(default)]
        pub communes: Vec<String>,
        /// Business parks or zones a large territory is split into.
        #[serde(default)]
        pub zones: Vec<String>,
        /// Partners of the programme (e.g. the local Jeune Chambre Économique).
        #[serde(default)]
        pub partners: Vec<String>,
        #[serde(default)]
        pub description: String,
    }
}
