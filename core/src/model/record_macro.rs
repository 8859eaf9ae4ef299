/// Declares a record struct with the common header fields in front of its own
/// fields, and implements [`Record`](crate::model::Record) for it.
///
/// The header is written out (not `#[serde(flatten)]`) because flatten does
/// not work with `deny_unknown_fields`, which the file format relies on to
/// refuse fields it would otherwise drop silently.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident : $kind:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// Unique identifier (UUID), never reused.
            pub id: $crate::model::Id,
            /// Edit counter: + 1 at each change of the record.
            pub rev: u64,
            /// Time of the last change, in milliseconds since 1970-01-01 UTC.
            pub updated_at: i64,
            /// Who made the last change.
            pub updated_by: $crate::model::Author,
            /// Tombstone: a deleted record is kept so that the deletion travels in files.
            #[serde(default)]
            pub deleted: bool,
            $( $(#[$fmeta])* pub $field : $ty ),*
        }

        impl $crate::model::Record for $name {
            const KIND: $crate::model::Kind = $crate::model::Kind::$kind;
            fn id(&self) -> $crate::model::Id { self.id }
            fn rev(&self) -> u64 { self.rev }
            fn updated_at(&self) -> i64 { self.updated_at }
            fn is_deleted(&self) -> bool { self.deleted }
            fn touch(&mut self, ctx: &$crate::model::EditContext) {
                self.rev += 1;
                self.updated_at = ctx.now_ms;
                self.updated_by = ctx.author.clone();
            }
            fn set_deleted(&mut self, deleted: bool) { self.deleted = deleted; }
            fn copy_header_from(&mut self, other: &Self) {
                self.id = other.id;
                self.rev = other.rev;
                self.updated_at = other.updated_at;
                self.updated_by = other.updated_by.clone();
                self.deleted = other.deleted;
            }
        }
    };
}
