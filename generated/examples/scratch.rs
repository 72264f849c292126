fn main() {
    let ctx = mapping_dsl::rt::Context::new(chrono::Utc::now());
    let e = generated::find("kitchen_sink").unwrap();
    for rec in [
        serde_json::json!({"id": "a1", "name_first": "สมชาย", "name_last": "ใจดี", "age": 12, "status": "open", "created_at": "2024-02-02T10:00:00Z",
          "sex": "female", "nationality": ["male", "zzz", null], "consent": "true", "type": 5, "family_details_section": [{"relation": "mother", "relation_name": "แม่", "relation_age": "40"}, null, {"relation_name": "x"}]}),
        serde_json::json!({"id": "a2", "status": "", "age": "x"}),
        serde_json::json!({"id": "a3", "status": "closed", "created_at": "2020-01-01"}),
        serde_json::json!({"id": "a4", "age": 9223372036854775807i64}),
        serde_json::json!([1]),
    ] {
        println!("{:?}", (e.run_value)(&rec, &ctx).map(|o| o.map(|v| v.to_string())));
        let b = serde_json::to_vec(&rec).unwrap();
        println!("{:?}", (e.run_bytes)(&b, &ctx).map(|o| o.map(|v| String::from_utf8(v).unwrap())));
    }
    println!("{:?}", ctx.counters.snapshot());
}
