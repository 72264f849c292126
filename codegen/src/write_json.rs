//! The `mapwright_rt::WriteJson` impl of an output struct: each key's `,"key":` is written as
//! constant bytes, escaped here once, and the value by its slot's own impl; keys left out
//! (`Slot::Omit`) are skipped, as serde's `skip_serializing_if` does. The bytes are those of
//! the struct's serde `Serialize` (which `run_value` and `run_bytes` still use; the
//! differential test compares the two).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::lit::str_lit;

/// `,"key":` with the key escaped as serde_json writes it.
fn key_prefix(key: &str) -> String {
    format!(",{}:", serde_json::Value::from(key))
}

/// The impl for the struct `ty` (lifetime elided), whose fields are `(field, output key)`.
pub fn write_impl(ty: &TokenStream, fields: &[(Ident, String)]) -> TokenStream {
    let keys = fields.iter().map(|(id, key)| {
        let prefix = str_lit(&key_prefix(key));
        quote! {
            if !self.#id.is_omit() {
                out.extend_from_slice(#prefix.as_bytes());
                ::mapwright_rt::WriteJson::write_json(&self.#id, out)?;
            }
        }
    });
    quote! {
        impl ::mapwright_rt::WriteJson for #ty {
            fn write_json(&self, out: &mut ::std::vec::Vec<u8>) -> ::std::result::Result<(), ::serde_json::Error> {
                let start = ::mapwright_rt::object_start(out);
                #(#keys)*
                ::mapwright_rt::object_end(out, start);
                ::std::result::Result::Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_escaped_as_serde_json_writes_them() {
        assert_eq!(key_prefix("age"), r#","age":"#);
        assert_eq!(key_prefix("ชื่อ"), r#","ชื่อ":"#);
        assert_eq!(key_prefix("a\"b\\c\n\u{1}"), r#","a\"b\\c\n\u0001":"#);
    }
}
