//! Value maps -> one function per map a transform uses: a binary search in a `static` of sorted
//! keys finds the entry (values are built once, in a `static`), and `stdlib::translate::apply_lookup_policy` applies
//! the map's default and the rule's unknown policy, as in the interpreter.

use mapping_dsl::ir::ValueMap;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::expr::map_fn;
use crate::lit::{json_value, str_lit};

pub fn emit_map_fn(vm: &ValueMap) -> TokenStream {
    let name = map_fn(&vm.name);
    let name_lit = str_lit(&vm.name);
    let doc = crate::lit::doc(&format!(
        "Value map `{}`: the entry for `key`, under the unknown-key policy.",
        vm.name
    ));
    let n = Literal::usize_unsuffixed(vm.entries.len());
    let values = vm.entries.iter().map(|(_, v)| json_value(v));
    // Keys sorted for a binary search, each with its entry's index; of equal keys the first
    // entry wins (as the first `match` arm did).
    let mut keys: Vec<(&str, usize)> = vm
        .entries
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.as_str(), i))
        .collect();
    keys.sort_by(|a, b| a.0.cmp(b.0));
    keys.dedup_by(|b, a| a.0 == b.0);
    let nk = Literal::usize_unsuffixed(keys.len());
    let key_rows = keys.iter().map(|(k, i)| {
        let k = str_lit(k);
        let i = Literal::usize_unsuffixed(*i);
        quote!((#k, #i))
    });
    let stem = crate::ident::snake_text(&vm.name).to_uppercase();
    let entries = format_ident!("MAP_{}_ENTRIES", stem);
    let keys_id = format_ident!("MAP_{}_KEYS", stem);
    let (tables, found) = if vm.entries.is_empty() {
        (
            quote!(),
            quote!(let found: ::std::option::Option<&'static ::serde_json::Value> = ::std::option::Option::None;),
        )
    } else {
        (
            quote! {
                /// The values of the value map, in file order.
                static #entries: ::std::sync::LazyLock<[::serde_json::Value; #n]> = ::std::sync::LazyLock::new(|| [#(#values),*]);
                /// Its keys, sorted, with the index of their value.
                static #keys_id: [(&str, usize); #nk] = [#(#key_rows),*];
            },
            quote! {
                let found = #keys_id
                    .binary_search_by(|(k, _)| (*k).cmp(key))
                    .ok()
                    .and_then(|i| #entries.get(#keys_id[i].1));
            },
        )
    };
    let default = match &vm.default {
        Some(d) => {
            let d = json_value(d);
            quote! {
                static DEFAULT: ::std::sync::LazyLock<::serde_json::Value> = ::std::sync::LazyLock::new(|| #d);
                let default = ::std::option::Option::Some(&*DEFAULT);
            }
        }
        None => quote!(let default = ::std::option::Option::None;),
    };
    quote! {
        #tables

        #[doc = #doc]
        fn #name(key: &str, unknown: ::mapwright_rt::UnknownCode, ctx: &::mapwright_rt::Context) -> ::mapwright_rt::Looked {
            #found
            #default
            ::mapwright_rt::stdlib::translate::apply_lookup_policy(#name_lit, key, found, default, unknown, &ctx.counters)
        }
    }
}
