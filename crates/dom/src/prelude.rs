//! What the standard library's prelude gives every module, from `alloc`:
//! the crate builds without std (lib.rs).

pub use alloc::borrow::ToOwned;
pub use alloc::format;
pub use alloc::string::{String, ToString};
pub use alloc::vec;
pub use alloc::vec::Vec;
