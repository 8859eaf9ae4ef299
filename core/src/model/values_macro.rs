/// Declares a fieldless enum together with `ALL`, its values in the order
/// they are declared. Lists, selects and counts read `ALL`, so a value added
/// to the enum is in every list at once and none can be forgotten.
macro_rules! values {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $v:ident ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$vmeta])* $v ),*
        }

        impl $name {
            /// Every value, in the order declared (the order lists show).
            pub const ALL: [$name; [$(stringify!($v)),*].len()] = [$($name::$v),*];
        }
    };
}
