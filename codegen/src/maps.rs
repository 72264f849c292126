//! Value maps -> one function per map a transform uses: a `match` on the key finds the entry
//! (values are built once, in a `static`), and `stdlib::translate::apply_lookup_policy` applies
//! the map's default and the rule's unknown policy, as in the interpreter.

use mapping_dsl::ir::ValueMap;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

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
    let arms = vm.entries.iter().enumerate().map(|(i, (k, _))| {
        let k = str_lit(k);
        let i = Literal::usize_unsuffixed(i);
        quote!(#k => ::std::option::Option::Some(&ENTRIES[#i]))
    });
    let found = if vm.entries.is_empty() {
        quote!(let found: ::std::option::Option<&'static ::serde_json::Value> = ::std::option::Option::None;)
    } else {
        quote! {
            static ENTRIES: ::std::sync::LazyLock<[::serde_json::Value; #n]> = ::std::sync::LazyLock::new(|| [#(#values),*]);
            let found = match key {
                #(#arms,)*
                _ => ::std::option::Option::None,
            };
        }
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
        #[doc = #doc]
        fn #name(key: &str, unknown: ::mapping_dsl::ir::UnknownCode, ctx: &::mapping_dsl::rt::Context) -> crate::support::Looked {
            #found
            #default
            ::mapping_dsl::stdlib::translate::apply_lookup_policy(#name_lit, key, found, default, unknown, &ctx.counters)
        }
    }
}
