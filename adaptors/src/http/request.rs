//! A call as the transport sends it: [`outgoing`].

use base64::Engine as _;
use bytes::Bytes;
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use http_body_util::Full;
use serde::Serialize;

use super::{Auth, Request};
use crate::transport::Outgoing;

/// The request as sent: the address with the query appended (form-encoded, as reqwest's
/// `query` wrote it), `Accept: application/json`, the credentials, and the body as JSON.
///
/// The body is written by [`mapwright_rt::write_json`] (serde_json's bytes), which passes over
/// text needing no escape 16 bytes at a time where serde_json looks each byte up (a Child
/// Shield body is a day's document of mostly Thai text: ~250 k instructions per body through
/// serde_json). A body that cannot be written (a map key that is not a string) is refused.
pub(super) fn outgoing<B: Serialize + ?Sized>(req: &Request<'_, B>) -> Result<Outgoing, String> {
    let mut target = req.url[..url::Position::AfterQuery].to_owned();
    if !req.query.is_empty() {
        match req.url.query() {
            None => target.push('?'),
            Some("") => {}
            Some(_) => target.push('&'),
        }
        let start = target.len();
        target = url::form_urlencoded::Serializer::for_suffix(target, start)
            .extend_pairs(req.query.iter())
            .finish();
    }
    let uri: http::Uri = target
        .parse()
        .map_err(|e| format!("the address cannot be sent: {e}"))?;
    let mut builder = http::Request::builder()
        .method(req.method.clone())
        .uri(uri)
        .header(ACCEPT, HeaderValue::from_static("application/json"));
    let credentials = match req.auth {
        Auth::None => None,
        Auth::Basic(user, password) => Some(format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
        )),
        Auth::Bearer(token) => Some(format!("Bearer {token}")),
    };
    if let Some(c) = credentials {
        let mut value = HeaderValue::try_from(c)
            .map_err(|_| "the credentials hold a character a header cannot carry".to_owned())?;
        value.set_sensitive(true);
        builder = builder.header(AUTHORIZATION, value);
    }
    let body = match req.body {
        None => Full::default(),
        Some(body) => {
            let mut bytes = Vec::with_capacity(1024);
            mapwright_rt::write_json(&mut bytes, body)
                .map_err(|e| format!("the body cannot be written as JSON: {e}"))?;
            builder = builder.header(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            Full::new(Bytes::from(bytes))
        }
    };
    builder
        .body(body)
        .map_err(|e| format!("the request cannot be built: {e}"))
}

#[cfg(test)]
mod tests {
    use http::Method;
    use http_body_util::BodyExt;
    use serde_json::{Value, json};
    use url::Url;

    use super::*;

    fn request<'a, B: Serialize + ?Sized>(
        url: &str,
        query: Vec<(&'a str, &'a str)>,
        body: Option<&'a B>,
        auth: Auth<'a>,
    ) -> Request<'a, B> {
        Request {
            method: Method::POST,
            url: Url::parse(url).expect("a test URL"),
            query,
            body,
            auth,
            repeatable: false,
        }
    }

    async fn bytes(r: Outgoing) -> Vec<u8> {
        let body = r.into_body().collect().await.expect("a body in memory");
        body.to_bytes().to_vec()
    }

    /// The bytes are serde_json's, with one `Content-Type: application/json`; a body serde
    /// cannot write is refused before anything is sent.
    #[tokio::test]
    async fn json_bodies_are_serde_jsons_bytes() {
        let body = json!({
            "activities.primeroservice.2024-05-01": {
                "ชื่อ": "สมชาย ใจดี \"quoted\" back\\slash\ttab\nline\u{1}\u{7f}",
                "n": [1, -2, 3.5, 1e300, null, true], "e": {}, "l": [], "": ""
            },
            "x": "0123456789abcdef\u{1f}0123456789"
        });
        for b in [&body, &json!("ascii"), &json!([]), &json!(null)] {
            let r = outgoing(&request("http://localhost/x", vec![], Some(b), Auth::None))
                .expect("a request");
            assert_eq!(r.headers().get_all(CONTENT_TYPE).iter().count(), 1);
            assert_eq!(
                r.headers().get(CONTENT_TYPE).map(|v| v.as_bytes()),
                Some(&b"application/json"[..])
            );
            assert_eq!(bytes(r).await, serde_json::to_vec(b).expect("serde_json"));
        }
        let bad: std::collections::BTreeMap<(u8, u8), u8> = [((1, 2), 3)].into();
        let refused = outgoing(&request(
            "http://localhost/x",
            vec![],
            Some(&bad),
            Auth::None,
        ));
        assert!(refused.is_err());
        // Without a body there is no Content-Type and the body is empty.
        let r =
            outgoing(&request::<Value>("http://h/x", vec![], None, Auth::None)).expect("a request");
        assert!(r.headers().get(CONTENT_TYPE).is_none());
        assert!(bytes(r).await.is_empty());
    }

    /// The query is form-encoded after the address's own query, as reqwest's `query` wrote it;
    /// a fragment is not sent.
    #[test]
    fn the_query_is_appended_form_encoded() {
        let filter = r#"{"where":{"cid":"1 2&3=4/ไทย"}}"#;
        for (url, want) in [
            (
                "https://his.example/api/findOne#frag",
                "https://his.example/api/findOne?filter=%7B%22where%22%3A%7B%22cid%22%3A%221+2%263%3D4%2F%E0%B9%84%E0%B8%97%E0%B8%A2%22%7D%7D&n=1",
            ),
            (
                "https://his.example/api/findOne?a=b",
                "https://his.example/api/findOne?a=b&filter=%7B%22where%22%3A%7B%22cid%22%3A%221+2%263%3D4%2F%E0%B9%84%E0%B8%97%E0%B8%A2%22%7D%7D&n=1",
            ),
        ] {
            let r = outgoing(&request::<Value>(
                url,
                vec![("filter", filter), ("n", "1")],
                None,
                Auth::None,
            ))
            .expect("a request");
            assert_eq!(r.uri().to_string(), want);
            let mut with_reqwests_encoding = Url::parse(url).expect("a test URL");
            with_reqwests_encoding.set_fragment(None);
            with_reqwests_encoding
                .query_pairs_mut()
                .append_pair("filter", filter)
                .append_pair("n", "1");
            assert_eq!(r.uri().to_string(), with_reqwests_encoding.as_str());
        }
        let r = outgoing(&request::<Value>(
            "http://h/p?x=1#f",
            vec![],
            None,
            Auth::None,
        ))
        .expect("a request");
        assert_eq!(r.uri().to_string(), "http://h/p?x=1");
    }

    #[test]
    fn credentials_are_sensitive_headers() {
        let r = outgoing(&request::<Value>(
            "http://h/",
            vec![],
            None,
            Auth::Basic("primero", "pa:ss word"),
        ))
        .expect("a request");
        let v = r.headers().get(AUTHORIZATION).expect("Authorization");
        // base64 of `primero:pa:ss word`.
        assert_eq!(v.as_bytes(), b"Basic cHJpbWVybzpwYTpzcyB3b3Jk");
        assert!(v.is_sensitive());
        assert_eq!(
            r.headers().get(ACCEPT).map(|v| v.as_bytes()),
            Some(&b"application/json"[..])
        );
        let r = outgoing(&request::<Value>(
            "http://h/",
            vec![],
            None,
            Auth::Bearer("t0k"),
        ))
        .expect("a request");
        let v = r.headers().get(AUTHORIZATION).expect("Authorization");
        assert_eq!(v.as_bytes(), b"Bearer t0k");
        assert!(v.is_sensitive());
        // A token no header can carry is refused, and the error does not hold it.
        let e = outgoing(&request::<Value>(
            "http://h/",
            vec![],
            None,
            Auth::Bearer("sec\nret"),
        ))
        .expect_err("refused");
        assert!(!e.contains("sec"), "{e}");
    }
}
