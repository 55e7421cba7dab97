//! What the standard library's prelude gives every module, from `alloc`:
//! the crate builds without `std` for the wasm modules (lib.rs).

pub use alloc::borrow::ToOwned;
pub use alloc::boxed::Box;
pub use alloc::format;
pub use alloc::string::{String, ToString};
pub use alloc::vec::Vec;
