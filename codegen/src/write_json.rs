//! The `mapwright_rt::WriteJson` impl of an output struct: each key's `,"key":` is written as
//! constant bytes, escaped here once, and the value by its slot's own impl; keys left out
//! (`Slot::Omit`) are skipped, as serde's `skip_serializing_if` does. The bytes are those of
//! the struct's serde `Serialize` (which `run_value` and `run_bytes` still use; the
//! differential test compares the two).

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::lit::str_lit;

/// `,"key":` with the key escaped as serde_json writes it.
fn key_prefix(key: &str) -> String {
    format!(",{}:", serde_json::Value::from(key))
}

/// Keys written by one function: a larger struct's keys are written by several methods of
/// its own, `KEYS_PER_FN` keys each, so that no generated function grows past a few hundred
/// lines (the WF2 output has ~350 keys).
const KEYS_PER_FN: usize = 32;

/// The impl for the struct `ty` (lifetime elided), whose fields are `(field, output key)`.
pub fn write_impl(ty: &TokenStream, fields: &[(Ident, String)]) -> TokenStream {
    let keys = |fields: &[(Ident, String)]| -> Vec<TokenStream> {
        fields
            .iter()
            .map(|(id, key)| {
                let prefix = str_lit(&key_prefix(key));
                quote! {
                    if !self.#id.is_omit() {
                        out.bytes(#prefix.as_bytes());
                        ::mapwright_rt::WriteJson::write_json(&self.#id, out)?;
                    }
                }
            })
            .collect()
    };
    let result = quote!(::std::result::Result<(), ::serde_json::Error>);
    let (body, parts) = if fields.len() <= KEYS_PER_FN {
        (keys(fields), quote!())
    } else {
        let names: Vec<Ident> = (0..fields.len().div_ceil(KEYS_PER_FN))
            .map(|i| format_ident!("write_json_keys_{}", i))
            .collect();
        let methods = fields.chunks(KEYS_PER_FN).zip(&names).map(|(chunk, name)| {
            let keys = keys(chunk);
            quote! {
                fn #name(&self, out: &mut ::mapwright_rt::JsonOut<'_>) -> #result {
                    #(#keys)*
                    ::std::result::Result::Ok(())
                }
            }
        });
        let calls = names.iter().map(|n| quote!(self.#n(out)?;)).collect();
        (calls, quote!(impl #ty { #(#methods)* }))
    };
    quote! {
        impl ::mapwright_rt::WriteJson for #ty {
            fn write_json(&self, out: &mut ::mapwright_rt::JsonOut<'_>) -> #result {
                let start = ::mapwright_rt::object_start(out);
                #(#body)*
                ::mapwright_rt::object_end(out, start);
                ::std::result::Result::Ok(())
            }
        }
        #parts
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
