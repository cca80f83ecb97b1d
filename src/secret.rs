//! The shared-secret check: Stigg sends the webhook's secret in the
//! `Stigg-Webhooks-Secret` header (there is no signature to verify).

use subtle::ConstantTimeEq;

use crate::error::Error;

pub const SECRET_HEADER: &str = "Stigg-Webhooks-Secret";

/// The name of the setting that holds the secret (`settings.rs` declares it
/// under this name), for messages that tell the user what to fix.
pub const SECRET_SETTING: &str = "webhookSecret";

/// Passes when no secret is configured (`secret` empty), or the header
/// equals it. Neither value ever appears in an error message.
pub fn verify(secret: &str, header: Option<&str>) -> Result<(), Error> {
    if secret.is_empty() {
        return Ok(());
    }
    let Some(sent) = header else {
        return Err(Error::validation(format!(
            "the {SECRET_HEADER} header is missing, and the {SECRET_SETTING} setting requires it"
        )));
    };
    // HTTP ignores whitespace around a header value; Segment's own request
    // object already trims it, and a local server may not.
    let sent = sent.trim_matches(|c| c == ' ' || c == '\t');
    if equal_in_constant_time(sent.as_bytes(), secret.as_bytes()) {
        Ok(())
    } else {
        Err(Error::validation(format!(
            "the {SECRET_HEADER} header does not match the {SECRET_SETTING} setting"
        )))
    }
}

/// Whether `sent` equals `secret` (not empty), in a time that depends on
/// `sent`'s length alone: every byte sent is compared, with the secret's
/// bytes in turn, and the lengths' equality joins the result only at the
/// end, so a wrong guess learns nothing of the secret, its length included.
/// (A digest of each header would do the same for 1 µs a webhook in wasm.)
fn equal_in_constant_time(sent: &[u8], secret: &[u8]) -> bool {
    let mut difference = 0u8;
    let mut at = 0;
    for &byte in sent {
        difference |= byte ^ secret[at];
        at = (at + 1) % secret.len();
    }
    bool::from(sent.len().ct_eq(&secret.len()) & difference.ct_eq(&0))
}

/// Request headers, looked up without regard to case as HTTP requires.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headers(Vec<(String, String)>);

impl Headers {
    pub fn new() -> Headers {
        Headers::default()
    }

    pub fn with(mut self, name: &str, value: &str) -> Headers {
        self.0.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    const SECRET: &str = "whsec_correct-horse";

    #[test]
    fn no_secret_configured_checks_nothing() {
        assert!(verify("", None).is_ok());
        assert!(verify("", Some("anything")).is_ok());
    }

    #[test]
    fn matching_header_passes_with_surrounding_whitespace() {
        assert!(verify(SECRET, Some(SECRET)).is_ok());
        assert!(verify(SECRET, Some(&format!("  {SECRET}\t"))).is_ok());
    }

    #[test]
    fn missing_wrong_or_differently_cased_headers_fail_without_echoing() {
        let wrong = "whsec_wrong-guess";
        for header in [
            None,
            Some(wrong),
            Some("WHSEC_CORRECT-HORSE"),
            Some("whsec_correct-horse, whsec_correct-horse"),
        ] {
            let err = verify(SECRET, header).unwrap_err();
            assert_eq!(err.kind, ErrorKind::ValidationError);
            assert!(err.message.contains(SECRET_HEADER), "{}", err.message);
            assert!(!err.message.contains(SECRET));
            assert!(!err.message.contains("correct-horse"));
            assert!(!err.message.contains(wrong));
        }
    }

    #[test]
    fn only_the_whole_secret_passes() {
        for sent in [
            "whsec_correct-hors",
            "whsec_correct-horsee",
            "whsec_correct-horsewhsec_correct-horse",
            "w",
            "x",
        ] {
            assert!(
                !equal_in_constant_time(sent.as_bytes(), SECRET.as_bytes()),
                "{sent}"
            );
        }
        assert!(equal_in_constant_time(SECRET.as_bytes(), SECRET.as_bytes()));
        assert!(!equal_in_constant_time(b"", b"a"));
        assert!(equal_in_constant_time(b"a", b"a"));
    }

    #[test]
    fn header_names_are_case_insensitive() {
        let headers = Headers::new().with("stigg-webhooks-secret", "v");
        assert_eq!(headers.get(SECRET_HEADER), Some("v"));
        assert_eq!(headers.get("STIGG-WEBHOOKS-SECRET"), Some("v"));
        assert_eq!(headers.get("other"), None);
    }
}
