//! An API's base URL, to which each call appends its path segments.

use url::Url;

use crate::error::Error;

#[derive(Debug, Clone)]
pub(crate) struct BaseUrl {
    url: Url,
    /// The system's name in error messages ("Primero", "MOPH").
    system: &'static str,
}

impl BaseUrl {
    /// `root`, with or without a trailing slash; calls go below it.
    pub(crate) fn parse(system: &'static str, root: &str) -> Result<Self, Error> {
        let root = root.trim_end_matches('/');
        let url = Url::parse(&format!("{root}/"))
            .map_err(|e| Error::Invalid(format!("{system} url: {e}")))?;
        if url.cannot_be_a_base() {
            return Err(Error::Invalid(format!("{system} url cannot be a base")));
        }
        if !matches!(url.scheme(), "https" | "http") {
            return Err(Error::Invalid(format!(
                "{system} url: the scheme is `{}`, where https or http is needed",
                url.scheme()
            )));
        }
        // Credentials in the address would be sent wherever the address goes (logs, the
        // `Host` line): they belong in the endpoint's own settings.
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::Invalid(format!(
                "{system} url holds credentials: remove them from the url and give them in \
                 the endpoint's credential (a [credentials.NAME] table)"
            )));
        }
        Ok(BaseUrl { url, system })
    }

    /// The base followed by `segments`, each percent-encoded as one path segment.
    pub(crate) fn join(&self, segments: &[&str]) -> Result<Url, Error> {
        let mut url = self.url.clone();
        url.path_segments_mut()
            .map_err(|()| Error::Invalid(format!("{} url cannot be a base", self.system)))?
            .pop_if_empty()
            .extend(segments);
        Ok(url)
    }
}

#[cfg(test)]
mod tests {
    use super::BaseUrl;

    #[test]
    fn segments_go_below_the_base_encoded() {
        let b = BaseUrl::parse("MOPH", "https://his.example:3010/api/").unwrap();
        let u = b.join(&["Persons", "a b/c"]).unwrap();
        assert_eq!(u.as_str(), "https://his.example:3010/api/Persons/a%20b%2Fc");
        let b = BaseUrl::parse("MOPH", "https://his.example:3010/api").unwrap();
        assert_eq!(
            b.join(&["x"]).unwrap().as_str(),
            "https://his.example:3010/api/x"
        );
    }

    #[test]
    fn urls_that_are_not_bases_are_refused_with_the_systems_name() {
        let e = BaseUrl::parse("Primero", "not a url")
            .unwrap_err()
            .to_string();
        assert!(e.contains("Primero url"), "{e}");
        let e = BaseUrl::parse("MOPH", "mailto:a@b")
            .unwrap_err()
            .to_string();
        assert!(e.contains("MOPH url cannot be a base"), "{e}");
        let e = BaseUrl::parse("MOPH", "ftp://his.example/api")
            .unwrap_err()
            .to_string();
        assert!(e.contains("the scheme is `ftp`"), "{e}");
    }

    #[test]
    fn credentials_in_the_url_are_refused_without_being_repeated() {
        for url in [
            "https://admin:s3cret@primero.example/api/v2",
            "https://admin@primero.example/api/v2",
            "https://:s3cret@primero.example/",
        ] {
            let e = BaseUrl::parse("Primero", url).unwrap_err().to_string();
            assert!(e.contains("Primero url holds credentials"), "{e}");
            assert!(!e.contains("s3cret") && !e.contains("admin"), "{e}");
        }
    }
}
