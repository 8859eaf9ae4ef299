//! Every string shown on screen, in French (default) and English, side by
//! side. The `catalog!` macro takes exactly two texts per key, so a missing
//! translation does not compile. Placeholders in braces (`{n}`) are filled by
//! [`super::fill`].

macro_rules! catalog {
    ($( $key:ident => $fr:literal, $en:literal; )*) => {
        /// A message of the catalog.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];
        }

        /// The text of a message in a language.
        pub fn t(lang: super::Lang, msg: Msg) -> &'static str {
            match lang {
                super::Lang::Fr => match msg { $(Msg::$key => $fr),* },
                super::Lang::En => match msg { $(Msg::$key => $en),* },
            }
        }
    };
}

catalog! {
    // ——— Application shell
    AppName => "Maillage", "Maillage";
    AppTagline => "L’atelier de l’écologie industrielle et territoriale", "The workbench of industrial and territorial ecology";
    SkipToContent => "Aller au contenu", "Skip to content";
    MainNavigation => "Navigation principale", "Main navigation";
    NavCompanies => "Entreprises", "Companies";
    NavFunnel => "Entonnoir", "Funnel";
    NavNextActions => "Prochaines actions", "Next actions";
    NavProjects => "Projets", "Projects";
    NavBackups => "Sauvegardes", "Backups";
    Language => "Langue", "Language";
    LanguageFrench => "Français", "Français";
    LanguageEnglish => "English", "English";
    CurrentProject => "Projet ouvert", "Open project";
    NoProjectOpen => "Aucun projet ouvert", "No project open";
    Loading => "Chargement…", "Loading…";
    Close => "Fermer", "Close";
    Cancel => "Annuler", "Cancel";
    Save => "Enregistrer", "Save";
    Edit => "Modifier", "Edit";
    Delete => "Supprimer", "Delete";
    Open => "Ouvrir", "Open";
    Back => "Retour", "Back";
    Yes => "Oui", "Yes";
    No => "Non", "No";
    All => "Toutes", "All";
    AllMasc => "Tous", "All";
    NoneValue => "—", "—";
    Optional => "facultatif", "optional";
    FormHasErrors => "Le formulaire contient des erreurs : corrigez les champs signalés.", "The form has errors: correct the fields marked.";
    Saved => "Enregistré", "Saved";
    SaveStatusSaved => "Tout est enregistré", "All changes saved";
    SaveStatusSaving => "Enregistrement…", "Saving…";
    SaveStatusPending => "Modifications en attente d’enregistrement", "Changes waiting to be saved";
    SaveStatusFailed => "Échec de l’enregistrement", "Saving failed";
    SaveStatusMemoryOnly => "Non conservé : stockage indisponible", "Not kept: no storage";

    // ——— Storage problems
    StorageUnavailable => "Le navigateur ne permet pas de conserver les données (navigation privée ou stockage désactivé). Vous pouvez travailler, mais rien ne sera gardé après la fermeture de l’onglet : exportez votre travail en fichier.", "This browser does not let Maillage keep data (private browsing or storage disabled). You can work, but nothing will be kept once the tab is closed: export your work to a file.";
    QuotaExceeded => "L’espace de stockage du navigateur est plein : vos dernières modifications sont gardées dans cet onglet mais pas sur le disque. Exportez le projet maintenant, puis libérez de l’espace (supprimez d’anciens projets ou sauvegardes).", "The browser's storage is full: your latest changes are kept in this tab but not on disk. Export the project now, then free some space (delete old projects or backups).";
    StorageWriteFailed => "L’enregistrement a échoué ({detail}). Vos modifications restent dans cet onglet : exportez le projet pour ne rien perdre.", "Saving failed ({detail}). Your changes stay in this tab: export the project so as to lose nothing.";
    ExportNow => "Exporter maintenant", "Export now";
    OtherTabUpdated => "Ce projet a été modifié dans un autre onglet : ses changements sont affichés ici.", "This project was changed in another tab: its changes are shown here.";
    OtherTabConflict => "« {name} » a été modifié dans un autre onglet en même temps : votre modification n’a pas été enregistrée, la version de l’autre onglet est affichée.", "“{name}” was changed in another tab at the same time: your change was not saved, the other tab's version is shown.";
    OtherTabDeletedProject => "Ce projet a été supprimé dans un autre onglet.", "This project was deleted in another tab.";
    PersistGranted => "Stockage persistant accordé par le navigateur.", "Persistent storage granted by the browser.";
    PersistDenied => "Le navigateur peut effacer ces données s’il manque de place : le fichier exporté est votre vraie sauvegarde.", "The browser may erase this data when short of space: the exported file is your real backup.";
    LastExport => "Dernier export : {date}", "Last export: {date}";
    NeverExported => "Jamais exporté", "Never exported";
    ExportNudge => "Votre dernier export date de {days} jours : exportez le projet pour en garder une copie.", "Your last export is {days} days old: export the project to keep a copy.";
    ExportNudgeNever => "Ce projet n’a jamais été exporté : exportez-le pour en garder une copie hors du navigateur.", "This project was never exported: export it to keep a copy outside the browser.";
    Dismiss => "Masquer", "Dismiss";

    // ——— Welcome
    WelcomeTitle => "Bienvenue dans Maillage", "Welcome to Maillage";
    WelcomeLead => "Maillage accompagne les chargé·es de mission d’écologie industrielle et territoriale : recenser les entreprises du territoire, suivre leur mobilisation, inventorier leurs flux, repérer et suivre les synergies, animer les rencontres et rendre compte aux élus.", "Maillage supports the officers who run industrial and territorial ecology programmes: list the companies of the territory, follow their recruitment, inventory their flows, find and follow synergies, run the meetings and report to elected officials.";
    WelcomeOffline => "Tout reste dans votre navigateur, sans serveur ni compte. Les échanges avec les partenaires se font par fichier.", "Everything stays in your browser, with no server and no account. Partners exchange files.";
    WelcomeNewProject => "Créer un projet", "Create a project";
    WelcomeExample => "Ouvrir l’exemple", "Open the example";
    WelcomeExampleHint => "Un territoire fictif de 64 établissements, à toutes les étapes de la démarche.", "A fictional territory of 64 establishments, at every step of the programme.";
    WelcomeImport => "Ouvrir un fichier reçu", "Open a file you received";
    ExampleOpened => "Exemple ouvert : vous pouvez tout modifier, c’est un projet à part.", "Example opened: you can change anything, it is a separate project.";

    // ——— Projects
    ProjectsTitle => "Projets", "Projects";
    ProjectsLead => "Un projet par territoire ou par programme. Chaque projet est conservé dans ce navigateur.", "One project per territory or programme. Each project is kept in this browser.";
    ProjectName => "Nom du projet", "Project name";
    ProjectNameHint => "Par exemple : CC du Pays de Lisière — EIT 2026", "For example: CC du Pays de Lisière — EIT 2026";
    CreateProject => "Créer le projet", "Create project";
    RenameProject => "Renommer", "Rename";
    DeleteProject => "Supprimer le projet", "Delete project";
    ConfirmDeleteProject => "Supprimer le projet « {name} » ? Une sauvegarde est gardée et peut être restaurée depuis « Sauvegardes ».", "Delete the project “{name}”? A backup is kept and can be restored from “Backups”.";
    ProjectDeleted => "Projet « {name} » supprimé. Une sauvegarde est disponible.", "Project “{name}” deleted. A backup is available.";
    ProjectCreated => "Projet « {name} » créé.", "Project “{name}” created.";
    ProjectRenamed => "Projet renommé.", "Project renamed.";
    OpenedProject => "ouvert", "open";
    NoProjects => "Aucun projet pour l’instant : créez-en un, ouvrez l’exemple ou importez un fichier.", "No project yet: create one, open the example or import a file.";
    ProjectUpdatedAt => "Modifié le {date}", "Changed on {date}";
    ExportProject => "Exporter (JSON)", "Export (JSON)";
    Exported => "Fichier « {file} » téléchargé.", "File “{file}” downloaded.";
    ExportFailed => "L’export a échoué : {detail}", "Export failed: {detail}";

    AuthorTitle => "Votre signature", "Your signature";
    AuthorLabel => "Nom affiché dans les fichiers exportés et l’historique", "Name shown in exported files and in the history";
    AuthorHint => "Par exemple : CC du Pays de Lisière, ou JCE du Pays de Lisière pour un partenaire.", "For example: CC du Pays de Lisière, or JCE du Pays de Lisière for a partner.";
    AuthorSaved => "Signature enregistrée.", "Signature saved.";

    // ——— Import
    ImportTitle => "Importer un fichier", "Import a file";
    ImportDrop => "Déposez ici un fichier Maillage (.json), ou", "Drop a Maillage file (.json) here, or";
    ImportChoose => "choisissez un fichier", "choose a file";
    ImportReading => "Lecture du fichier « {file} » ({size})… {percent} %", "Reading “{file}” ({size})… {percent}%";
    ImportParsing => "Analyse du fichier…", "Checking the file…";
    ImportPreviewTitle => "Avant d’importer", "Before importing";
    ImportFrom => "Fichier exporté par {label} le {date}, depuis Maillage {version}.", "File exported by {label} on {date}, from Maillage {version}.";
    ImportFromUnknownDate => "Fichier exporté par {label}, depuis Maillage {version}.", "File exported by {label}, from Maillage {version}.";
    ImportProjectLine => "Projet : {name}", "Project: {name}";
    ImportMigrated => "Ce fichier suit une version plus ancienne du format ({version}) : il a été mis à jour à la lecture.", "This file follows an older version of the format ({version}): it was updated on reading.";
    ImportSameProject => "Ce fichier est une version du projet « {name} » déjà présent dans ce navigateur.", "This file is a version of the project “{name}” already in this browser.";
    ImportWarnings => "Points à vérifier (l’import reste possible)", "Points to check (the import is still possible)";
    ImportErrors => "Problèmes trouvés : le fichier ne peut pas être importé tel quel", "Problems found: the file cannot be imported as it is";
    ImportNothingChanged => "Rien n’a été modifié.", "Nothing was changed.";
    ImportAsNew => "Ouvrir comme nouveau projet", "Open as a new project";
    ImportReplace => "Remplacer « {name} »", "Replace “{name}”";
    ImportReplaceHint => "Une sauvegarde du projet actuel est gardée avant le remplacement.", "A backup of the current project is kept before replacing it.";
    ImportDone => "Fichier importé : projet « {name} ».", "File imported: project “{name}”.";
    ImportMoreIssues => "… et {n} autres.", "… and {n} more.";
    CountsTitle => "Contenu", "Content";

    // ——— File errors
    FileEmpty => "Le fichier est vide.", "The file is empty.";
    FileTooLarge => "Le fichier est trop volumineux ({size}) : la limite est de {limit}. S’agit-il bien d’un export Maillage ?", "The file is too large ({size}): the limit is {limit}. Is it really a Maillage export?";
    FileNotUtf8 => "Ce fichier n’est pas un fichier texte UTF-8 (octet {offset}) : peut-être un tableur, un PDF ou un export dans un autre encodage. Maillage lit ses propres fichiers .json.", "This file is not UTF-8 text (byte {offset}): perhaps a spreadsheet, a PDF or an export in another encoding. Maillage reads its own .json files.";
    FileNotJson => "Ce fichier n’est pas du JSON valide (ligne {line}, colonne {column}).", "This file is not valid JSON (line {line}, column {column}).";
    FileTruncated => "Le fichier est incomplet : il s’arrête avant la fin (téléchargement ou copie interrompu ?).", "The file is incomplete: it stops before the end (interrupted download or copy?).";
    FileTooDeep => "Le fichier contient des données imbriquées trop profondément pour être un fichier Maillage.", "The file nests data too deeply to be a Maillage file.";
    FileNotObject => "Ce fichier contient du JSON ({found}) mais pas un projet Maillage.", "This file contains JSON ({found}) but not a Maillage project.";
    FileForeign => "Ce fichier JSON ne vient pas de Maillage : il provient d’une autre application.", "This JSON file does not come from Maillage: it comes from another application.";
    FileForeignNamed => "Ce fichier JSON ne vient pas de Maillage (format « {format} »).", "This JSON file does not come from Maillage (format “{format}”).";
    FileBadVersion => "Ce fichier Maillage n’indique pas de version de format lisible.", "This Maillage file does not give a readable format version.";
    FileNewerVersion => "Ce fichier a été créé par une version plus récente de Maillage (format {found}, cette version lit jusqu’au format {supported}). Rechargez la page pour mettre l’application à jour.", "This file was created by a newer version of Maillage (format {found}; this version reads up to format {supported}). Reload the page to update the app.";
    FileStructure => "Le fichier ne suit pas le format Maillage à l’endroit « {path} » : {problem}", "The file does not follow the Maillage format at “{path}”: {problem}";
    FileInvalidOne => "Le fichier contient {n} erreur : rien n’a été importé.", "The file has {n} error: nothing was imported.";
    FileInvalidMany => "Le fichier contient {n} erreurs : rien n’a été importé.", "The file has {n} errors: nothing was imported.";
    FileReadFailed => "Le navigateur n’a pas pu lire le fichier.", "The browser could not read the file.";
    JsonArray => "une liste", "a list";
    JsonNull => "la valeur null", "the value null";
    JsonString => "un texte", "a text";
    JsonNumber => "un nombre", "a number";
    JsonBool => "un booléen", "a boolean";
    JsonObject => "un objet", "an object";
    StructUnknownField => "champ inconnu « {field} ».", "unknown field “{field}”.";
    StructMissingField => "champ obligatoire « {field} » absent.", "required field “{field}” missing.";
    StructWrongType => "valeur d’un mauvais type.", "value of the wrong type.";
    StructUnknownValue => "valeur inconnue « {value} ».", "unknown value “{value}”.";
    StructBadDate => "date impossible « {value} » (attendu AAAA-MM-JJ, années 1900 à 2100).", "impossible date “{value}” (expected YYYY-MM-DD, years 1900 to 2100).";
    StructBadId => "identifiant mal formé (un UUID est attendu).", "malformed identifier (a UUID is expected).";
    StructOther => "valeur incorrecte.", "incorrect value.";

    // ——— Validation issues
    IssueRequired => "ce champ est obligatoire.", "this field is required.";
    IssueDuplicateId => "identifiant déjà utilisé par « {first} ».", "identifier already used by “{first}”.";
    IssueMissingReference => "renvoie à un(e) {kind} absent(e) du fichier.", "refers to a {kind} missing from the file.";
    IssueDeletedReference => "renvoie à un(e) {kind} supprimé(e).", "refers to a deleted {kind}.";
    IssueSiretLength => "le SIRET compte 14 chiffres ({n} saisis).", "a SIRET has 14 digits ({n} entered).";
    IssueSiretDigits => "le SIRET ne contient que des chiffres.", "a SIRET contains digits only.";
    IssueSiretChecksum => "ce SIRET n’existe pas : sa clé de contrôle ne correspond pas (faute de frappe ?).", "this SIRET does not exist: its check digit does not match (a typo?).";
    IssueDuplicateSiret => "même SIRET que « {first} ».", "same SIRET as “{first}”.";
    IssueNafUnknown => "ce code n’existe pas dans la NAF rév. 2.", "this code does not exist in NAF rév. 2.";
    IssueNafShape => "un code NAF 2025 s’écrit NN.NN ou NN.NNL.", "a NAF 2025 code is written NN.NN or NN.NNL.";
    IssueNafUnchecked => "code NAF 2025 accepté sans vérification (liste non encore fournie).", "NAF 2025 code accepted unchecked (list not shipped yet).";
    IssueNegative => "la valeur ne peut pas être négative.", "the value cannot be negative.";
    IssueNotPositive => "la valeur doit être supérieure à zéro.", "the value must be greater than zero.";
    IssueTooLarge => "valeur invraisemblable (au-delà de {max}).", "implausible value (beyond {max}).";
    IssueNotFinite => "ce n’est pas un nombre.", "this is not a number.";
    IssueOutOfRange => "valeur hors des limites possibles.", "value outside the possible range.";
    IssueTimestamp => "date de modification impossible.", "impossible change date.";
    IssueEmailShape => "ne ressemble pas à une adresse électronique.", "does not look like an e-mail address.";
    IssueUnknownZone => "zone absente de la liste du territoire.", "zone not in the territory's list.";
    IssueTooFewParticipants => "une synergie réunit au moins deux parties.", "a synergy involves at least two parties.";
    IssueUnknownTable => "cette table n’existe pas dans le plan du World Café.", "the World Café plan has no such table.";
    IssueTwoHosts => "cette table a déjà un hôte.", "this table already has a host.";
    IssueDuplicateTable => "deux tables portent ce numéro.", "two tables have this number.";
    IssueRoundsOrder => "le dernier tour suivi précède le premier.", "the last round attended comes before the first.";
    IssueReasonRequired => "indiquez la raison de la mise en attente ou de l’abandon.", "give the reason for putting on hold or abandoning.";
    IssueContactOfOtherCompany => "cet interlocuteur appartient à une autre entreprise.", "this contact belongs to another company.";
    IssueTimeFormat => "heure attendue au format HH:MM.", "time expected as HH:MM.";
    IssueLowUnknown => "ce code de la liste européenne des déchets n’existe pas.", "this European List of Waste code does not exist.";
    IssueHistoryMismatch => "l’historique ne se termine pas sur le statut actuel.", "the history does not end on the current status.";
    IssueProjectMismatch => "l’identifiant du projet ne correspond pas à celui du territoire.", "the project id does not match the territory's.";
    IssueChangedElsewhere => "cette fiche a été modifiée ailleurs (autre onglet, import) pendant que vous la modifiiez. Vos saisies sont conservées : enregistrez à nouveau pour remplacer l’autre version, ou annulez pour la voir.", "this record was changed elsewhere (another tab, an import) while you were editing it. What you typed is kept: save again to replace the other version, or cancel to see it.";
    IssueWarning => "À vérifier", "To check";
    IssueError => "Erreur", "Error";
    PathItem => "{what} n° {n}", "{what} #{n}";

    // ——— Record kinds
    KindTerritory => "territoire", "territory";
    KindSettings => "paramètres", "settings";
    KindCompany => "entreprise", "company";
    KindContact => "interlocuteur", "contact";
    KindInteraction => "échange", "interaction";
    KindFlow => "flux", "flow";
    KindSynergy => "synergie", "synergy";
    KindEvent => "rencontre", "meeting";
    KindTimeEntry => "temps passé", "time entry";
    KindTask => "tâche", "task";
    CountCompanies => "Entreprises", "Companies";
    CountContacts => "Interlocuteurs", "Contacts";
    CountInteractions => "Échanges", "Interactions";
    CountFlows => "Flux", "Flows";
    CountSynergies => "Synergies", "Synergies";
    CountEvents => "Rencontres", "Meetings";
    CountTimeEntries => "Saisies de temps", "Time entries";
    CountTasks => "Tâches", "Tasks";

    // ——— Company list
    CompaniesTitle => "Entreprises du territoire", "Companies of the territory";
    NewCompany => "Nouvelle entreprise", "New company";
    SearchCompanies => "Rechercher", "Search";
    SearchCompaniesHint => "Nom, SIRET, commune, étiquette…", "Name, SIRET, town, tag…";
    FilterStage => "Étape", "Stage";
    FilterSection => "Section NAF", "NAF section";
    FilterZone => "Zone", "Zone";
    FilterSize => "Effectif", "Headcount";
    ClearFilters => "Effacer les filtres", "Clear filters";
    CompaniesShown => "{shown} sur {total}", "{shown} of {total}";
    CompaniesCountOne => "{n} entreprise", "{n} company";
    CompaniesCountMany => "{n} entreprises", "{n} companies";
    ShowMore => "Afficher {n} de plus", "Show {n} more";
    ColName => "Nom", "Name";
    ColCommune => "Commune", "Town";
    ColActivity => "Activité", "Activity";
    ColSize => "Effectif", "Headcount";
    ColStage => "Étape", "Stage";
    ColUpdated => "Modifié", "Changed";
    SortedAscending => "tri croissant", "sorted ascending";
    SortedDescending => "tri décroissant", "sorted descending";
    SortBy => "Trier par {column}", "Sort by {column}";
    NoCompaniesYet => "Aucune entreprise pour l’instant. Ajoutez la première, ou importez le fichier d’un partenaire.", "No company yet. Add the first one, or import a partner's file.";
    NoCompaniesMatch => "Aucune entreprise ne correspond : modifiez la recherche ou effacez les filtres.", "No company matches: change the search or clear the filters.";

    // ——— Company form and detail
    CompanyFormNew => "Nouvelle entreprise", "New company";
    CompanyFormEdit => "Modifier l’entreprise", "Edit company";
    FieldName => "Nom", "Name";
    FieldSiret => "SIRET", "SIRET";
    FieldSiretHint => "14 chiffres, espaces acceptés", "14 digits, spaces allowed";
    FieldActivity => "Activité (code NAF)", "Activity (NAF code)";
    FieldActivitySearch => "Rechercher un code ou des mots", "Search a code or words";
    FieldActivityHint => "Par exemple « 17.21 » ou « carton »", "For example “17.21” or “carton”";
    FieldNomenclature => "Nomenclature", "Nomenclature";
    NafRev2 => "NAF rév. 2 (2008)", "NAF rév. 2 (2008)";
    Naf2025 => "NAF 2025", "NAF 2025";
    NafLabelsFrench => "Intitulés officiels INSEE, en français.", "Official INSEE titles, in French.";
    NafNone => "Aucun code choisi", "No code chosen";
    NafNoMatch => "Aucun code ne correspond.", "No code matches.";
    NafClear => "Retirer le code", "Remove the code";
    FieldSize => "Effectif salarié (tranche INSEE)", "Employees (INSEE band)";
    FieldAddress => "Adresse", "Address";
    FieldPostcode => "Code postal", "Postcode";
    FieldCommune => "Commune", "Town";
    FieldZone => "Zone d’activités", "Business zone";
    FieldLatitude => "Latitude", "Latitude";
    FieldLongitude => "Longitude", "Longitude";
    FieldCoordinatesHint => "En degrés décimaux (WGS 84), pour calculer les distances.", "In decimal degrees (WGS 84), to compute distances.";
    FieldTags => "Étiquettes", "Tags";
    FieldTagsHint => "Séparées par des virgules", "Separated by commas";
    FieldNotes => "Notes", "Notes";
    FieldConfidentiality => "Confidentialité", "Confidentiality";
    ConfNetwork => "Partageable avec les partenaires", "Shareable with partners";
    ConfFacilitator => "Équipe d’animation seulement", "Facilitation team only";
    ConfRestricted => "Confidentiel (à la demande de l’entreprise)", "Confidential (at the company's request)";
    NotANumber => "nombre attendu (virgule ou point décimal).", "number expected (decimal comma or point).";
    CompanySaved => "Entreprise enregistrée.", "Company saved.";
    DeleteCompany => "Supprimer l’entreprise", "Delete company";
    ConfirmDeleteCompany => "Supprimer « {name} » avec ses interlocuteurs et son journal ? Une sauvegarde du projet est gardée.", "Delete “{name}” with its contacts and log? A backup of the project is kept.";
    CompanyDeleted => "Entreprise supprimée.", "Company deleted.";
    CompanyNotFound => "Cette entreprise n’existe pas ou a été supprimée.", "This company does not exist or was deleted.";
    BackToList => "Retour à la liste", "Back to the list";
    SectionIdentity => "Identité", "Identity";
    SectionLocation => "Localisation", "Location";
    SectionFollowUp => "Suivi", "Follow-up";
    StageDerived => "déduite du journal", "derived from the log";
    StageManual => "fixée à la main", "set by hand";
    SetStage => "Fixer l’étape à la main", "Set the stage by hand";
    StageAuto => "Étape déduite du journal", "Stage derived from the log";

    // ——— Contacts
    ContactsTitle => "Interlocuteurs", "Contacts";
    AddContact => "Ajouter un interlocuteur", "Add a contact";
    EditContact => "Modifier l’interlocuteur", "Edit contact";
    FieldRole => "Fonction", "Role";
    FieldEmail => "Courriel", "E-mail";
    FieldPhone => "Téléphone", "Phone";
    FieldConsent => "A accepté d’être contacté·e (RGPD)", "Agreed to be contacted (GDPR)";
    FieldConsentDate => "Date du consentement", "Consent date";
    FieldOptOut => "Ne plus contacter (opposition)", "Do not contact (opt-out)";
    NoContacts => "Aucun interlocuteur : ajoutez la personne à qui vous parlez.", "No contact: add the person you talk to.";
    OptedOut => "Ne pas contacter", "Do not contact";
    NoConsent => "Consentement non recueilli", "No consent recorded";
    ContactSaved => "Interlocuteur enregistré.", "Contact saved.";
    ConfirmDeleteContact => "Supprimer l’interlocuteur « {name} » ?", "Delete the contact “{name}”?";

    // ——— Outreach log
    LogTitle => "Journal des échanges", "Outreach log";
    AddInteraction => "Noter un échange", "Log an interaction";
    EditInteraction => "Modifier l’échange", "Edit interaction";
    FieldKind => "Type", "Type";
    FieldDate => "Date", "Date";
    FieldDoneBy => "Réalisé par", "Done by";
    DoneByOfficer => "Chargé·e de mission", "Programme officer";
    DoneByPartnerHint => "ou le nom du partenaire (ex. : Jeune Chambre Économique)", "or the partner's name (e.g. Jeune Chambre Économique)";
    FieldPartner => "Partenaire", "Partner";
    FieldContact => "Interlocuteur", "Contact";
    FieldOutcome => "Résultat", "Outcome";
    FieldSummary => "Compte rendu", "Summary";
    FieldNextAction => "Prochaine action", "Next action";
    FieldNextActionDue => "Échéance", "Due";
    NoInteractions => "Aucun échange noté : commencez par le courrier ou l’appel de présentation.", "No interaction logged: start with the introduction letter or call.";
    InteractionSaved => "Échange noté.", "Interaction logged.";
    ConfirmDeleteInteraction => "Supprimer cet échange du journal ?", "Delete this interaction from the log?";
    MarkDone => "Marquer comme faite", "Mark as done";
    Done => "Faite", "Done";
    Overdue => "En retard", "Overdue";
    DueOn => "pour le {date}", "due {date}";
    NoDueDate => "sans échéance", "no due date";
    ByPartner => "par {name}", "by {name}";

    // ——— Funnel
    FunnelTitle => "Entonnoir de mobilisation", "Recruitment funnel";
    FunnelLead => "Chaque étape compte les entreprises qui l’ont atteinte ou dépassée.", "Each step counts the companies that reached it or went further.";
    FunnelConversion => "{percent} % de l’étape précédente", "{percent}% of the previous step";
    FunnelExits => "Sorties", "Exits";
    FunnelTotal => "{n} entreprises suivies", "{n} companies followed";
    FunnelEmpty => "Aucune entreprise : l’entonnoir se remplira avec le journal des échanges.", "No company: the funnel fills up with the outreach log.";
    FunnelShowCompanies => "Voir les entreprises à cette étape", "See the companies at this stage";

    // ——— Next actions
    NextActionsTitle => "Prochaines actions", "Next actions";
    NextActionsLead => "Les suites à donner notées dans les journaux, par échéance.", "The follow-ups noted in the logs, by due date.";
    NoNextActions => "Aucune action en attente.", "Nothing waiting.";

    // ——— Backups
    BackupsTitle => "Sauvegardes automatiques", "Automatic backups";
    BackupsLead => "Avant chaque import, suppression ou restauration, Maillage garde une copie du projet concerné (les {n} dernières).", "Before each import, deletion or restore, Maillage keeps a copy of the project concerned (the last {n}).";
    NoBackups => "Aucune sauvegarde pour l’instant.", "No backup yet.";
    Restore => "Restaurer", "Restore";
    ConfirmRestore => "Restaurer « {name} » dans l’état du {date} ? L’état actuel est d’abord sauvegardé.", "Restore “{name}” as it was on {date}? The current state is backed up first.";
    Restored => "Projet « {name} » restauré.", "Project “{name}” restored.";
    ReasonBeforeImport => "avant un import", "before an import";
    ReasonBeforeDelete => "avant une suppression", "before a deletion";
    ReasonBeforeRestore => "avant une restauration", "before a restore";
    ReasonBeforeReset => "avant une réinitialisation", "before a reset";
    BackupOf => "{name} — {reason}", "{name} — {reason}";

    // ——— Funnel stages
    StageListed => "Recensée", "Listed";
    StageContacted => "Contactée", "Contacted";
    StageInterviewBooked => "Entretien prévu", "Interview booked";
    StageVisited => "Rencontrée", "Visited";
    StageFlowsCollected => "Flux recueillis", "Flows collected";
    StageAttendsMeetings => "Participe aux rencontres", "Attends meetings";
    StageInSynergy => "En synergie", "In a synergy";
    StageDeclined => "A décliné", "Declined";
    StageDormant => "En sommeil", "Dormant";

    // ——— Interaction kinds and outcomes
    KindMailing => "Courrier", "Mailing";
    KindEmail => "Courriel", "E-mail";
    KindCall => "Appel", "Call";
    KindVisit => "Visite", "Visit";
    KindInterview => "Entretien", "Interview";
    KindMeeting => "Rencontre", "Meeting";
    OutcomeNoAnswer => "Sans réponse", "No answer";
    OutcomeInterested => "Intéressée", "Interested";
    OutcomeInterviewBooked => "Rendez-vous pris", "Interview booked";
    OutcomeHeld => "Réalisé", "Held";
    OutcomeFlowsCollected => "Flux recueillis", "Flows collected";
    OutcomeDeclined => "Refus", "Declined";
    OutcomeOther => "Autre", "Other";

    // ——— INSEE headcount bands
    SizeUnknown => "Non renseigné", "Unknown";
    Size00 => "0 salarié", "No employee";
    Size01 => "1 ou 2 salariés", "1 or 2 employees";
    Size02 => "3 à 5 salariés", "3 to 5 employees";
    Size03 => "6 à 9 salariés", "6 to 9 employees";
    Size11 => "10 à 19 salariés", "10 to 19 employees";
    Size12 => "20 à 49 salariés", "20 to 49 employees";
    Size21 => "50 à 99 salariés", "50 to 99 employees";
    Size22 => "100 à 199 salariés", "100 to 199 employees";
    Size31 => "200 à 249 salariés", "200 to 249 employees";
    Size32 => "250 à 499 salariés", "250 to 499 employees";
    Size41 => "500 à 999 salariés", "500 to 999 employees";
    Size42 => "1 000 à 1 999 salariés", "1,000 to 1,999 employees";
    Size51 => "2 000 à 4 999 salariés", "2,000 to 4,999 employees";
    Size52 => "5 000 à 9 999 salariés", "5,000 to 9,999 employees";
    Size53 => "10 000 salariés et plus", "10,000 employees or more";


    // ——— Navigation (flows and synergies)
    NavFlows => "Flux", "Flows";
    NavSuggestions => "Suggestions", "Suggestions";
    NavSynergies => "Synergies", "Synergies";
    NavImpact => "Impact", "Impact";

    // ——— Flow directions, kinds and units
    DirHave => "Sortant (ce que nous avons)", "Output (what we have)";
    DirNeed => "Entrant (ce dont nous avons besoin)", "Input (what we need)";
    DirSharedNeed => "Service à mutualiser", "Service to pool";
    DirSpareCapacity => "Capacité disponible", "Spare capacity";
    DirHaveShort => "Sortant", "Output";
    DirNeedShort => "Entrant", "Input";
    DirSharedShort => "À mutualiser", "To pool";
    DirSpareShort => "Capacité", "Capacity";
    FkMaterial => "Matière", "Material";
    FkWaste => "Déchet", "Waste";
    FkByProduct => "Sous-produit", "By-product";
    FkEnergy => "Énergie", "Energy";
    FkHeat => "Chaleur", "Heat";
    FkWater => "Eau", "Water";
    FkEquipment => "Équipement", "Equipment";
    FkService => "Service", "Service";
    FkLogistics => "Logistique", "Logistics";
    FkSkills => "Compétences", "Skills";
    UnitT => "t", "t";
    UnitKg => "kg", "kg";
    UnitM3 => "m³", "m³";
    UnitL => "L", "L";
    UnitMwh => "MWh", "MWh";
    UnitKwh => "kWh", "kWh";
    UnitUnits => "unités", "units";
    UnitPallets => "palettes", "pallets";
    PerDay => "par jour", "per day";
    PerWeek => "par semaine", "per week";
    PerMonth => "par mois", "per month";
    PerQuarter => "par trimestre", "per quarter";
    PerYear => "par an", "per year";
    OneOff => "ponctuel", "one-off";
    RegContinuous => "Continu", "Continuous";
    RegRegular => "Régulier", "Regular";
    RegSeasonal => "Saisonnier", "Seasonal";
    RegOccasional => "Occasionnel", "Occasional";
    RegUnknown => "Non précisé", "Not stated";
    ConfMeasured => "Mesuré", "Measured";
    ConfEstimated => "Estimé", "Estimated";
    ConfOrder => "Ordre de grandeur", "Order of magnitude";
    TrLandfill => "Enfouissement", "Landfill";
    TrIncineration => "Incinération", "Incineration";
    TrEnergyRecovery => "Valorisation énergétique", "Energy recovery";
    TrRecycling => "Recyclage", "Recycling";
    TrComposting => "Compostage", "Composting";
    TrAnaerobic => "Méthanisation", "Anaerobic digestion";
    TrReuse => "Réemploi", "Reuse";
    TrSold => "Vendu", "Sold";
    TrPurchase => "Acheté (entrant)", "Purchased (input)";
    TrOther => "Autre", "Other";
    NoCategory => "Non classé", "Uncategorised";

    // ——— Flows of a company and flow form
    FlowsTitle => "Flux", "Flows";
    FlowsLead => "Ce qui entre et sort du site : déchets, sous-produits, chutes, chaleur, besoins de matières et de services.", "What goes in and out of the site: waste, by-products, offcuts, heat, needs for materials and services.";
    NoFlows => "Aucun flux : notez-les pendant la visite, même approximatifs.", "No flow: note them during the visit, even roughly.";
    AddFlow => "Ajouter un flux", "Add a flow";
    QuickCapture => "Saisie rapide", "Quick capture";
    QuickCaptureHint => "Par exemple : « environ 2 t/mois de chutes de carton ». À préciser ensuite.", "For example: “about 2 t/month of cardboard offcuts”. Refine it later.";
    QuickAdd => "Ajouter", "Add";
    QuickAdded => "Flux ajouté : « {label} ».", "Flow added: “{label}”.";
    QuickEmpty => "Écrivez au moins ce que c’est (« chutes de carton »).", "Write at least what it is (“cardboard offcuts”).";
    FlowFormNew => "Nouveau flux", "New flow";
    FlowFormEdit => "Modifier le flux", "Edit flow";
    FlowOf => "Flux de {company}", "Flow of {company}";
    FieldDirection => "Sens", "Direction";
    FieldFlowKind => "Nature", "Kind";
    FieldLabel => "Désignation (les mots de l’entreprise)", "Description (the company's words)";
    FieldCategory => "Catégorie de matière", "Material category";
    FieldLowCode => "Code déchet (liste européenne)", "Waste code (European List of Waste)";
    LowSearch => "Rechercher un code ou des mots", "Search a code or words";
    LowHint => "Par exemple « 15 01 » ou « carton ». Les codes dangereux portent un astérisque.", "For example “15 01” or “cardboard”. Hazardous codes carry an asterisk.";
    LowNone => "Aucun code choisi", "No code chosen";
    LowNoMatch => "Aucun code ne correspond.", "No code matches.";
    LowHazardous => "Déchet dangereux", "Hazardous waste";
    LowChapter => "Chapitre {chapter} : {title}", "Chapter {chapter}: {title}";
    FieldQuantity => "Quantité", "Quantity";
    FieldUnit => "Unité", "Unit";
    FieldPeriod => "Période", "Period";
    FieldRegularity => "Régularité", "Regularity";
    FieldDensity => "Densité propre (kg/m³)", "Own density (kg/m³)";
    DensityHint => "Pour convertir les volumes en tonnes. Vide : densité de la catégorie ({value} kg/m³, {source}).", "To turn volumes into tonnes. Empty: the category's density ({value} kg/m³, {source}).";
    DensityNone => "Pour convertir les volumes en tonnes : aucune densité connue pour cette catégorie, indiquez-la.", "To turn volumes into tonnes: no known density for this category, give one.";
    YearlyAmount => "Soit {amount} par an", "That is {amount} a year";
    NoMassForVolume => "Ce volume ne peut pas être converti en tonnes sans densité : choisissez une catégorie ou indiquez une densité.", "This volume cannot be turned into tonnes without a density: choose a category or give a density.";
    SectionRoute => "Filière actuelle", "Current route";
    FieldTreatment => "Traitement ou origine", "Treatment or origin";
    FieldProvider => "Prestataire ou fournisseur", "Provider or supplier";
    FieldDistance => "Distance (km, aller)", "Distance (km, one way)";
    FieldCost => "Coût annuel (€ HT, négatif si vendu)", "Yearly cost (€ excl. VAT, negative when sold)";
    SectionQuality => "Qualité et fiabilité", "Quality and reliability";
    FieldQualityNotes => "Qualité, conditionnement, contraintes", "Quality, packaging, constraints";
    FieldConfidence => "Fiabilité des chiffres", "Reliability of the figures";
    FieldLastVerified => "Dernière vérification", "Last checked";
    ToVerify => "À revérifier", "To check again";
    ToVerifyHint => "Chiffres vérifiés il y a plus d’un an ou jamais.", "Figures checked over a year ago or never.";
    FlowSaved => "Flux enregistré.", "Flow saved.";
    ConfirmDeleteFlow => "Supprimer le flux « {label} » ?", "Delete the flow “{label}”?";
    FlowNotFound => "Ce flux n’existe pas ou a été supprimé.", "This flow does not exist or was deleted.";

    // ——— Flows board
    BoardTitle => "Ressources du territoire", "Resources of the territory";
    BoardLead => "Tous les flux sortants et entrants des entreprises, pour repérer les échanges possibles.", "Every output and input of the companies, to spot possible exchanges.";
    FilterDirection => "Sens", "Direction";
    FilterCategory => "Catégorie", "Category";
    FilterChapter => "Chapitre déchet", "Waste chapter";
    FilterCompany => "Entreprise", "Company";
    FilterStale => "À revérifier seulement", "To check again only";
    FlowsCountOne => "{n} flux", "{n} flow";
    FlowsCountMany => "{n} flux", "{n} flows";
    ColCompany => "Entreprise", "Company";
    ColDirection => "Sens", "Direction";
    ColResource => "Ressource", "Resource";
    ColCategory => "Catégorie", "Category";
    ColCode => "Code", "Code";
    ColPerYear => "Par an", "Per year";
    ColChecked => "Vérifié", "Checked";
    NoFlowsMatch => "Aucun flux ne correspond : modifiez les filtres.", "No flow matches: change the filters.";
    NoFlowsYet => "Aucun flux recensé pour l’instant : ils se notent sur la fiche de chaque entreprise.", "No flow recorded yet: they are noted on each company's page.";

    // ——— Suggestions
    SuggestionsTitle => "Suggestions d’échanges", "Suggested exchanges";
    SuggestionsLead => "Des rapprochements possibles entre les flux, avec leurs raisons. Ce sont des pistes à vérifier avec les entreprises, pas des certitudes.", "Possible matches between flows, with their reasons. They are leads to check with the companies, not certainties.";
    SubstitutionsTitle => "Substitutions : un sortant pour un entrant", "Substitutions: an output for an input";
    PoolsTitle => "Mutualisations : un même besoin à plusieurs", "Pooling: the same need shared by several";
    NoSuggestions => "Aucune suggestion : ajoutez des flux sortants et entrants aux fiches des entreprises.", "No suggestion: add outputs and inputs to the companies' pages.";
    NoPools => "Aucun regroupement de trois entreprises ou plus dans un rayon de {km} km.", "No group of three or more companies within {km} km.";
    Score => "Pertinence {percent} %", "Relevance {percent}%";
    WhyTitle => "Pourquoi", "Why";
    Accept => "Retenir comme idée", "Keep as an idea";
    AcceptChecked => "J’ai vérifié la réglementation, retenir", "I checked the regulations, keep it";
    Reject => "Écarter", "Dismiss";
    Rejected => "Écartées", "Dismissed";
    RejectedLead => "Elles ne sont plus proposées ; vous pouvez revenir sur ce choix.", "They are no longer proposed; you can change your mind.";
    Undo => "Reproposer", "Propose again";
    HazardousWarning => "Déchet dangereux : vérification humaine obligatoire (statut de déchet, traçabilité, autorisations) avant tout échange.", "Hazardous waste: a human check is required (waste status, traceability, permits) before any exchange.";
    SuggestionAccepted => "Idée de synergie créée : « {title} ».", "Synergy idea created: “{title}”.";
    ShowMoreSuggestions => "Afficher {n} de plus", "Show {n} more";
    PoolMembers => "{n} entreprises dans un rayon de {km} km", "{n} companies within {km} km";
    PoolVolume => "Volume cumulé : {amount} par an", "Combined volume: {amount} a year";
    AcceptPool => "Retenir la mutualisation", "Keep the pooling";
    PoolTitleTemplate => "{category} mutualisé(e)", "Pooled {category}";
    TermCode => "Matière", "Material";
    TermText => "Mots", "Words";
    TermQuantity => "Quantités", "Quantities";
    TermDistance => "Distance", "Distance";
    TermEconomic => "Enjeu économique", "Economic stake";
    TermFreshness => "Fraîcheur des données", "Data freshness";
    EvSameCode => "même code déchet {code}", "same waste code {code}";
    EvSameSubChapter => "même sous-chapitre de déchets {code}", "same waste sub-chapter {code}";
    EvSameChapter => "même chapitre de déchets {code}", "same waste chapter {code}";
    EvSameCategory => "même catégorie : {category}", "same category: {category}";
    EvDifferentMaterial => "matières différentes", "different materials";
    EvCommonWords => "mots en commun : {words}", "words in common: {words}";
    EvNoCommonWord => "aucun mot en commun", "no word in common";
    EvCoverage => "{supply} disponibles pour {demand} demandés par an", "{supply} available for {demand} needed a year";
    EvQuantityUnknown => "quantités inconnues ou incomparables (neutre)", "quantities unknown or not comparable (neutral)";
    EvDistance => "à {km} km", "{km} km apart";
    EvDistanceUnknown => "distance inconnue : coordonnées manquantes (neutre)", "distance unknown: coordinates missing (neutral)";
    EvCost => "{eur} € par an dépensés aujourd’hui pour ces flux", "{eur} € a year spent today on these flows";
    EvCostUnknown => "coûts actuels inconnus (neutre)", "current costs unknown (neutral)";
    EvChecked => "données vérifiées il y a {days} jours", "data checked {days} days ago";
    EvCheckedToday => "données vérifiées aujourd’hui", "data checked today";
    EvNeverChecked => "données jamais vérifiées (neutre)", "data never checked (neutral)";

    // ——— Synergies
    SynergiesTitle => "Synergies", "Synergies";
    SynergiesLead => "Les échanges suivis, de l’idée au fonctionnement. Déplacez une carte pour changer son statut.", "The exchanges followed, from idea to operation. Move a card to change its status.";
    ViewBoard => "Tableau", "Board";
    ViewList => "Liste", "List";
    NewSynergy => "Nouvelle synergie", "New synergy";
    NoSynergies => "Aucune synergie : retenez une suggestion ou créez-en une.", "No synergy: keep a suggestion or create one.";
    MoveTo => "Déplacer vers", "Move to";
    MoveCard => "Changer le statut de « {title} »", "Change the status of “{title}”";
    SynergyCountOne => "{n} synergie", "{n} synergy";
    SynergyCountMany => "{n} synergies", "{n} synergies";
    StIdea => "Idée", "Idea";
    StStudied => "Étudiée", "Studied";
    StInProgress => "En cours", "In progress";
    StContracted => "Contractualisée", "Contracted";
    StOperating => "En fonctionnement", "Operating";
    StEnded => "Terminée", "Ended";
    StOnHold => "En attente", "On hold";
    StAbandoned => "Abandonnée", "Abandoned";
    SkSubstitution => "Substitution", "Substitution";
    SkMutualisation => "Mutualisation", "Pooling";
    SkUtility => "Partage d’utilités", "Utility sharing";
    RoleSupplier => "Fournisseur", "Supplier";
    RoleReceiver => "Receveur", "Receiver";
    RoleMember => "Membre", "Member";
    RoleProvider => "Prestataire", "Service provider";
    RoleAuthority => "Collectivité", "Local authority";
    OrWorkshop => "Rencontre", "Meeting";
    OrSuggestion => "Suggestion", "Suggestion";
    OrInterview => "Entretien", "Interview";
    OrOther => "Autre", "Other";
    BarTechnical => "Technique", "Technical";
    BarRegulatory => "Réglementaire", "Regulatory";
    BarEconomic => "Économique", "Economic";
    BarOrganisational => "Organisationnel", "Organisational";
    BarTrust => "Confiance", "Trust";
    SynergyNotFound => "Cette synergie n’existe pas ou a été supprimée.", "This synergy does not exist or was deleted.";
    FieldTitle => "Intitulé", "Title";
    FieldSynergyKind => "Type", "Type";
    FieldSubtype => "Sous-type", "Subtype";
    FieldOrigin => "Origine", "Origin";
    ParticipantsTitle => "Parties prenantes", "Participants";
    AddParticipant => "Ajouter une entreprise", "Add a company";
    FieldRoleIn => "Rôle", "Role";
    Remove => "Retirer", "Remove";
    LinkedFlows => "Flux concernés", "Flows concerned";
    NoLinkedFlows => "Aucun flux lié.", "No linked flow.";
    StatusTitle => "Statut", "Status";
    ChangeStatus => "Changer le statut", "Change the status";
    NewStatus => "Nouveau statut", "New status";
    Reason => "Raison", "Reason";
    ReasonHint => "Obligatoire pour une mise en attente ou un abandon.", "Required to put on hold or abandon.";
    StatusChanged => "Statut changé : {status}.", "Status changed: {status}.";
    HistoryTitle => "Historique", "History";
    HistoryLine => "{date} — {from} → {to}, par {by}", "{date} — {from} → {to}, by {by}";
    HistoryFirst => "{date} — {to}, par {by}", "{date} — {to}, by {by}";
    BarriersTitle => "Freins", "Barriers";
    AddBarrier => "Ajouter un frein", "Add a barrier";
    NoBarriers => "Aucun frein noté.", "No barrier noted.";
    SynergySaved => "Synergie enregistrée.", "Synergy saved.";
    ConfirmDeleteSynergy => "Supprimer la synergie « {title} » ?", "Delete the synergy “{title}”?";
    DeleteSynergy => "Supprimer la synergie", "Delete synergy";
    SynergyDeleted => "Synergie supprimée.", "Synergy deleted.";
    FilterStatus => "Statut", "Status";
    FilterKind => "Type", "Type";
    ColTitle => "Intitulé", "Title";
    ColParticipants => "Parties prenantes", "Participants";
    ColStatus => "Statut", "Status";
    ColNext => "Prochaine action", "Next action";
    ColCo2 => "CO₂e évité / an", "CO₂e avoided / year";
    SynergyDefaultTitle => "{a} → {b}", "{a} → {b}";

    // ——— Impact
    ImpactTitle => "Impact", "Impact";
    ImpactLead => "Ce que les synergies évitent chaque année. Chaque chiffre indique le facteur utilisé, sa source et sa version ; les émissions évitées par la filière et par la matière vierge sont présentées séparément, jamais additionnées en silence.", "What the synergies avoid each year. Each figure names the factor used, its source and version; emissions avoided on the waste route and on virgin material are shown separately, never silently added up.";
    EstimateTitle => "Estimation (avant)", "Estimate (ex ante)";
    MeasuredTitle => "Mesure (après)", "Measured (ex post)";
    NoEstimate => "Pas encore d’estimation.", "No estimate yet.";
    NoMeasure => "Pas encore de mesure.", "Nothing measured yet.";
    AddEstimate => "Estimer l’impact", "Estimate the impact";
    AddMeasure => "Saisir les valeurs mesurées", "Enter measured values";
    EditImpact => "Modifier", "Edit";
    FieldTonnes => "Tonnes détournées par an", "Tonnes diverted a year";
    FieldTransportMethod => "Transport évité", "Transport avoided";
    TmNone => "Aucun", "None";
    TmVehicleKm => "Trajets dédiés évités (véhicule·km)", "Dedicated trips avoided (vehicle-km)";
    TmTonneKm => "Transport partagé (tonne·km)", "Shared transport (tonne-km)";
    FieldTrips => "Trajets évités par mois", "Trips avoided a month";
    FieldKmPerTrip => "km par trajet (aller-retour)", "km per trip (round trip)";
    FieldKmLoaded => "km parcourus en charge", "km driven loaded";
    FieldVehicle => "Véhicule et facteur", "Vehicle and factor";
    FieldOldRoute => "Filière évitée (facteur)", "Route avoided (factor)";
    FieldVirgin => "Matière vierge évitée (facteur)", "Virgin material avoided (factor)";
    FieldSavings => "Économies par entreprise (€/an)", "Savings per company (€/year)";
    FieldValueKept => "Valeur conservée sur le territoire (€/an)", "Value kept on the territory (€/year)";
    NoFactor => "— aucun —", "— none —";
    ImpactSaved => "Impact enregistré.", "Impact saved.";
    WorkingTransport => "Transport : {quantity} {unit} × {factor} {funit} = {result} kg CO₂e/an", "Transport: {quantity} {unit} × {factor} {funit} = {result} kg CO₂e/yr";
    WorkingOldRoute => "Filière évitée : {quantity} t × {factor} {funit} = {result} kg CO₂e/an", "Route avoided: {quantity} t × {factor} {funit} = {result} kg CO₂e/yr";
    WorkingVirgin => "Matière vierge évitée : {quantity} t × {factor} {funit} = {result} kg CO₂e/an", "Virgin material avoided: {quantity} t × {factor} {funit} = {result} kg CO₂e/yr";
    WorkingKm => "{trips} trajets/mois × {km} km × 12 = {total} km/an", "{trips} trips/month × {km} km × 12 = {total} km/yr";
    FactorSource => "{label} — {source}, {version}", "{label} — {source}, {version}";
    FactorParts => "dont {parts}", "of which {parts}";
    GapUnknownFactor => "Facteur inconnu : {id}.", "Unknown factor: {id}.";
    GapTrips => "Indiquez le nombre de trajets par mois et les km par trajet.", "Give the trips per month and the km per trip.";
    GapTonnes => "Indiquez les tonnes par an pour ce calcul.", "Give the tonnes per year for this calculation.";
    TotalsTitle => "Totaux du territoire", "Territory totals";
    RealisedEstimate => "Réalisées (contractualisées, en fonctionnement, terminées) — estimations", "Realised (contracted, operating, ended) — estimates";
    RealisedMeasured => "Réalisées — valeurs mesurées", "Realised — measured values";
    PotentialEstimate => "Potentielles (idée, étudiée, en cours) — estimations", "Potential (idea, studied, in progress) — estimates";
    TotTonnes => "Tonnes détournées", "Tonnes diverted";
    TotKm => "Kilomètres évités", "Kilometres avoided";
    TotTransport => "CO₂e évité — transport (kg)", "CO₂e avoided — transport (kg)";
    TotRoute => "CO₂e évité — filière (kg)", "CO₂e avoided — waste route (kg)";
    TotVirgin => "CO₂e évité — matière vierge (kg)", "CO₂e avoided — virgin material (kg)";
    TotSavings => "Économies (€)", "Savings (€)";
    TotValueKept => "Valeur conservée (€)", "Value kept (€)";
    TotSynergies => "Synergies comptées", "Synergies counted";
    PerYearShort => "/an", "/yr";
    FactorsTitle => "Facteurs d’émission et de conversion", "Emission and conversion factors";
    FactorsLead => "Les facteurs fournis avec l’application, et ceux que le projet ajoute ou remplace.", "The factors shipped with the app, and those the project adds or replaces.";
    FkVehicleKm => "Par véhicule·km", "Per vehicle-km";
    FkTonneKm => "Par tonne·km", "Per tonne-km";
    FkTreatment => "Traitement des déchets (par tonne)", "Waste treatment (per tonne)";
    FkVirgin => "Matière vierge (par tonne)", "Virgin material (per tonne)";
    FkDensity => "Densité", "Density";
    ColFactor => "Facteur", "Factor";
    ColValue => "Valeur", "Value";
    ColSource => "Source", "Source";
    ProjectFactor => "propre au projet", "project's own";
    OverrideFactor => "Remplacer", "Override";
    AddFactor => "Ajouter un facteur", "Add a factor";
    FieldFactorId => "Identifiant", "Identifier";
    FieldFactorKind => "Type de facteur", "Factor type";
    FieldFactorLabel => "Libellé", "Label";
    FieldFactorValue => "Valeur", "Value";
    FieldFactorUnit => "Unité", "Unit";
    FieldFactorSource => "Source", "Source";
    FieldFactorVersion => "Version", "Version";
    FieldMaterial => "Matière", "Material";
    FactorSaved => "Facteur enregistré.", "Factor saved.";
    RestoreShipped => "Revenir au facteur fourni", "Back to the shipped factor";

    // ——— Months (dates are written in the user's language)
    Jan => "janv.", "Jan";
    Feb => "févr.", "Feb";
    Mar => "mars", "Mar";
    Apr => "avr.", "Apr";
    May => "mai", "May";
    Jun => "juin", "Jun";
    Jul => "juil.", "Jul";
    Aug => "août", "Aug";
    Sep => "sept.", "Sep";
    Oct => "oct.", "Oct";
    Nov => "nov.", "Nov";
    Dec => "déc.", "Dec";
}
