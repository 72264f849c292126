//! Code generation: checked IR (`mapping_dsl::ir`) -> typed Rust transformers in `generated/`.
//!
//! One module per transform (`generated/src/<deployment>/<transform>.rs`), one `options.rs`
//! per deployment with a sorted table per option set ([`options`]), and `lib.rs` with the
//! registry. What the code calls at run time (lenient input fields, option-set tables, the empty
//! policy, the stdlib, the context and its errors) is the `mapwright-rt` crate's, named by
//! absolute paths (`::mapwright_rt::finish`), so the generated crate depends on it and on serde
//! alone. Output is deterministic: the IR is ordered, names are made in one place ([`ident`]),
//! and the text is laid out by prettyplease and rustfmt ([`format`]), so generating twice gives
//! the same bytes.

pub mod docs;
pub mod error;
mod expr;
mod format;
pub mod fsio;
pub mod ident;
mod input;
pub mod lit;
mod maps;
mod module;
mod options;
mod output;
pub mod report;
pub mod stdlib_examples;
mod write_json;

use std::collections::BTreeSet;

use mapping_dsl::ir::{Deployment, FieldRule, ObjectRule, Transform, ValueRule};
use proc_macro2::TokenStream;
use quote::quote;

pub use error::{CodegenError, NotCompiled};
pub use format::format_file;
use format::unformatted;

/// One file under `generated/src/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative to `generated/src/`, `/`-separated.
    pub path: String,
    pub contents: String,
}

/// Everything generated from a set of deployments: every transform of them is compiled.
#[derive(Debug, Default)]
pub struct Generation {
    /// Sorted by path.
    pub files: Vec<GeneratedFile>,
}

/// The formatted module of one transform (what `generated/src/<dep>/<transform>.rs` holds).
pub fn generate_transform(dep: &Deployment, t: &Transform) -> Result<String, CodegenError> {
    format::rustfmt(transform_text(dep, t, "mappings/")?)
}

/// The module of one transform before rustfmt, its header naming `origin` and the spec file.
fn transform_text(dep: &Deployment, t: &Transform, origin: &str) -> Result<String, CodegenError> {
    let tokens = module::emit_transform(dep, t)?;
    unformatted(tokens, &format!("{origin}{}", t.file), "")
}

/// The formatted `options.rs` of a deployment, with every option set.
pub fn generate_options(dep: &Deployment) -> Result<String, CodegenError> {
    let all: Vec<&Transform> = dep.transforms.iter().collect();
    format::rustfmt(options_text(dep, &all, None, "mappings/")?)
}

/// `options.rs` with the sets `used` names (all when `None`) and the label languages of `ts`:
/// the language constants and each set's type, formatted, then each set's rows as written by
/// [`options::emit_table`] (one per line, kept by `#[rustfmt::skip]`).
fn options_text(
    dep: &Deployment,
    ts: &[&Transform],
    used: Option<&BTreeSet<String>>,
    origin: &str,
) -> Result<String, CodegenError> {
    let mut translated = BTreeSet::new();
    for t in ts {
        collect_langs(&t.output, &mut translated);
    }
    let sets: Vec<&mapping_dsl::ir::OptionSet> = dep
        .option_sets
        .values()
        .filter(|s| used.is_none_or(|u| u.contains(&s.name)))
        .collect();
    let from = format!("{origin}{}/option-sets/", dep.name);
    options::check_names(&sets, &from)?;
    let langs = options::languages(sets.iter().copied(), &translated);
    let doc = format!(
        " The option sets of deployment `{}`: a sorted table of rows each (a code and its \
         labels), read by binary search.",
        dep.name
    );
    let head = options::emit_languages(&langs);
    let types = sets.iter().map(|s| options::emit_set(s, &langs));
    let tokens = quote!(#![doc = #doc] #head #(#types)*);
    let mut tables = String::new();
    for s in &sets {
        tables.push('\n');
        tables.push_str(&options::emit_table(s, &langs));
    }
    unformatted(tokens, &from, &tables)
}

/// The option sets a transform's generated code names: its select inputs and translations.
fn collect_sets(t: &Transform, out: &mut BTreeSet<String>) {
    fn input(o: &mapping_dsl::ir::InputObject, out: &mut BTreeSet<String>) {
        use mapping_dsl::ir::InputType as I;
        for f in &o.fields {
            match &f.ty {
                I::Select { set } | I::MultiSelect { set } => {
                    out.insert(set.clone());
                }
                I::Object(o) | I::List(o) => input(o, out),
                _ => {}
            }
        }
    }
    fn rules(o: &ObjectRule, out: &mut BTreeSet<String>) {
        for f in &o.fields {
            match &f.value {
                ValueRule::Translate { set, .. } => {
                    out.insert(set.clone());
                }
                ValueRule::Object(o) | ValueRule::Each { body: o, .. } => rules(o, out),
                _ => {}
            }
        }
    }
    input(&t.input, out);
    rules(&t.output, out);
}

fn collect_langs(o: &ObjectRule, out: &mut BTreeSet<String>) {
    for f in &o.fields {
        let FieldRule { value, .. } = f;
        match value {
            ValueRule::Translate { lang, .. } => {
                out.insert(lang.clone());
            }
            ValueRule::Object(o) | ValueRule::Each { body: o, .. } => collect_langs(o, out),
            _ => {}
        }
    }
}

/// Generates the whole `generated/src/` tree for these deployments (sorted by name). Fails with
/// [`CodegenError::NotCompiled`], naming every transform that cannot be compiled and why, rather
/// than leaving any of them to the interpreter.
pub fn generate(deployments: &[Deployment]) -> Result<Generation, CodegenError> {
    generate_tree(deployments, None)
}

/// [`generate`], and the checked deployment of the stdlib's documented examples
/// ([`stdlib_examples`]) as the module `stdlib_examples`, outside the registry.
pub fn generate_with_examples(
    deployments: &[Deployment],
    examples: &Deployment,
) -> Result<Generation, CodegenError> {
    generate_tree(deployments, Some(examples))
}

fn generate_tree(
    deployments: &[Deployment],
    examples: Option<&Deployment>,
) -> Result<Generation, CodegenError> {
    let mut out = Generation::default();
    let mut not_compiled = Vec::new();
    let mut mods = ident::Scope::new();
    for reserved in ["registry", "find", "Entry", stdlib_examples::NAME] {
        mods.reserve(reserved);
    }
    let mut deps: Vec<&Deployment> = deployments.iter().collect();
    deps.sort_by(|a, b| a.name.cmp(&b.name));
    let mut dep_mods = Vec::new();
    let mut entries = Vec::new();
    for dep in deps {
        let dm = mods.snake(&dep.name);
        let dir = dm.to_string().trim_start_matches("r#").to_owned();
        let compiled = emit_deployment(dep, &dir, "mappings/", &mut out, &mut not_compiled)?;
        for (t, tm) in &compiled {
            entries.push((
                t.name.clone(),
                dep.name.clone(),
                t.file.clone(),
                dep.fingerprint.clone(),
                dm.clone(),
                tm.clone(),
            ));
        }
        let doc = format!(" Deployment `{}` (mappings/{}/).", dep.name, dep.name);
        out.files.push(GeneratedFile {
            path: format!("{dir}/mod.rs"),
            contents: mod_rs(
                &doc,
                &compiled,
                quote!(),
                &format!("mappings/{}/", dep.name),
            )?,
        });
        dep_mods.push(dm);
    }
    let mut extra_mods = Vec::new();
    if let Some(ex) = examples {
        extra_mods.push(stdlib_examples::emit(ex, &mut out)?);
    }
    if !not_compiled.is_empty() {
        return Err(CodegenError::NotCompiled(not_compiled));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    out.files.push(GeneratedFile {
        path: "lib.rs".to_owned(),
        contents: lib_rs(&dep_mods, &extra_mods, &entries)?,
    });
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    format::rustfmt_tree(&mut out.files)?;
    Ok(out)
}

/// The modules of a deployment's transforms that compile, in `dir` (their files are named
/// `origin` and the spec file), and its `options.rs` with the sets they use; the others go to
/// `not_compiled`. Returns the compiled transforms with their module names, sorted by name.
fn emit_deployment<'d>(
    dep: &'d Deployment,
    dir: &str,
    origin: &str,
    out: &mut Generation,
    not_compiled: &mut Vec<NotCompiled>,
) -> Result<Vec<(&'d Transform, proc_macro2::Ident)>, CodegenError> {
    let mut tmods = ident::Scope::new();
    tmods.reserve("options");
    let mut compiled = Vec::new();
    let mut used = BTreeSet::new();
    let mut ts: Vec<&Transform> = dep.transforms.iter().collect();
    ts.sort_by(|a, b| a.name.cmp(&b.name));
    for t in ts {
        match transform_text(dep, t, origin) {
            Ok(text) => {
                let tm = tmods.snake(&t.name);
                let file = tm.to_string().trim_start_matches("r#").to_owned();
                out.files.push(GeneratedFile {
                    path: format!("{dir}/{file}.rs"),
                    contents: text,
                });
                collect_sets(t, &mut used);
                compiled.push((t, tm));
            }
            Err(error) => not_compiled.push(NotCompiled {
                transform: t.name.clone(),
                deployment: dep.name.clone(),
                error,
            }),
        }
    }
    let ts: Vec<&Transform> = compiled.iter().map(|(t, _)| *t).collect();
    out.files.push(GeneratedFile {
        path: format!("{dir}/options.rs"),
        contents: options_text(dep, &ts, Some(&used), origin)?,
    });
    Ok(compiled)
}

/// A deployment's `mod.rs`: its doc, `options` and the transform modules, then `items`.
fn mod_rs(
    doc: &str,
    compiled: &[(&Transform, proc_macro2::Ident)],
    items: TokenStream,
    from: &str,
) -> Result<String, CodegenError> {
    let transform_mods = compiled.iter().map(|(_, m)| m);
    let m = quote! {
        #![doc = #doc]
        pub mod options;
        #(pub mod #transform_mods;)*
        #items
    };
    unformatted(m, from, "")
}

/// name, deployment, spec file, deployment fingerprint, deployment module, transform module.
type EntryRow = (
    String,
    String,
    String,
    String,
    proc_macro2::Ident,
    proc_macro2::Ident,
);

/// `lib.rs`: the deployments' modules and the registry of their transforms, and the modules
/// `extra` outside the registry.
fn lib_rs(
    dep_mods: &[proc_macro2::Ident],
    extra: &[proc_macro2::Ident],
    entries: &[EntryRow],
) -> Result<String, CodegenError> {
    let rows = entries.iter().map(|(name, dep, file, fp, dm, tm)| {
        let name = crate::lit::str_lit(name);
        let dep = crate::lit::str_lit(dep);
        let file = crate::lit::str_lit(&format!("mappings/{file}"));
        let fp = crate::lit::str_lit(fp);
        quote! {
            Entry {
                name: #name,
                deployment: #dep,
                file: #file,
                fingerprint: #fp,
                run_value: #dm::#tm::run_value,
                run_value_json: #dm::#tm::run_value_json,
                run_bytes: #dm::#tm::run_bytes,
                run_into: #dm::#tm::run_into,
            }
        }
    });
    let doc =
        " Transformers generated from `mappings/` by `cargo gen`, and a registry of them by name.";
    let tokens = quote! {
        #![doc = #doc]

        #(pub mod #dep_mods;)*
        #(
            /// Not in the registry: compiled for the tests only (feature `stdlib-examples`,
            /// which the crate's own tests turn on), so builds of the binary leave it out.
            #[cfg(feature = "stdlib-examples")]
            pub mod #extra;
        )*

        /// Runs one parsed record; `Ok(None)` when `keep` drops it.
        pub type RunValue = fn(&::serde_json::Value, &::mapwright_rt::Context) -> ::std::result::Result<::std::option::Option<::serde_json::Value>, ::mapwright_rt::TransformError>;
        /// Runs one parsed record, appending the output's compact JSON (the bytes of
        /// `RunValue`'s value) to a buffer; `Ok(false)` when `keep` drops it.
        pub type RunValueJson = fn(&::serde_json::Value, &::mapwright_rt::Context, &mut ::std::vec::Vec<u8>) -> ::std::result::Result<bool, ::mapwright_rt::TransformError>;
        /// Runs one record's JSON bytes and returns compact JSON bytes.
        pub type RunBytes = fn(&[u8], &::mapwright_rt::Context) -> ::std::result::Result<::std::option::Option<::std::vec::Vec<u8>>, ::mapwright_rt::TransformError>;
        /// Appends the output's compact JSON to a buffer; `Ok(false)` when dropped.
        pub type RunInto = fn(&[u8], &::mapwright_rt::Context, &mut ::std::vec::Vec<u8>) -> ::std::result::Result<bool, ::mapwright_rt::TransformError>;

        /// A compiled transform in the registry.
        #[derive(Debug, Clone, Copy)]
        pub struct Entry {
            /// The registry name (`transform:` in the spec).
            pub name: &'static str,
            pub deployment: &'static str,
            /// The spec file it was generated from.
            pub file: &'static str,
            /// The fingerprint of the deployment's spec files it was generated from
            /// (`mapping_dsl::source::fingerprint`): specs that give another one have changed
            /// since, and this code no longer follows them.
            pub fingerprint: &'static str,
            /// Runs one parsed record; `Ok(None)` when `keep` drops it.
            pub run_value: RunValue,
            /// Like `run_value`, writing the output as compact JSON instead of building a
            /// `serde_json::Value` of it.
            pub run_value_json: RunValueJson,
            /// Runs one record's JSON bytes and returns compact JSON bytes.
            pub run_bytes: RunBytes,
            /// Like `run_bytes`, appending to a caller's buffer; `Ok(false)` when dropped.
            pub run_into: RunInto,
        }

        static REGISTRY: &[Entry] = &[#(#rows),*];

        /// Every compiled transform, sorted by name.
        pub fn registry() -> &'static [Entry] {
            REGISTRY
        }

        /// The compiled transform with this registry name.
        pub fn find(name: &str) -> ::std::option::Option<&'static Entry> {
            REGISTRY.iter().find(|e| e.name == name)
        }
    };
    unformatted(tokens, "mappings/", "")
}
