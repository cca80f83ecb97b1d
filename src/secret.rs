//! The shared-secret check: Stigg sends the webhook's secret in the
//! `Stigg-Webhooks-Secret` header (there is no signature to verify).

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::Error;

pub const SECRET_HEADER: &str = "Stigg-Webhooks-Secret";

/// The name of the setting that holds the secret (`settings.rs` declares it
/// under this name), for messages that tell the user what to fix.
pub const SECRET_SETTING: &str = "webhookSecret";

/// The digest a header is compared with, computed once per settings value
/// rather than once per webhook.
pub fn digest(secret: &str) -> [u8; 32] {
    Sha256::digest(secret.as_bytes()).into()
}

/// Passes when no secret is configured (`secret` empty), or the header
/// equals it; `secret_digest` is [`digest`] of `secret`, computed once with
/// the settings. Neither value ever appears in an error message.
pub fn verify(secret: &str, secret_digest: &[u8; 32], header: Option<&str>) -> Result<(), Error> {
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
    // Comparing digests keeps the comparison constant-time in the length
    // too, so a wrong guess says nothing about the secret's length.
    let equal = digest(sent).ct_eq(secret_digest);
    if bool::from(equal) {
        Ok(())
    } else {
        Err(Error::validation(format!(
            "the {SECRET_HEADER} header does not match the {SECRET_SETTING} setting"
        )))
    }
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

    /// The check as a webhook meets it: against this configured secret.
    fn verify(secret: &str, header: Option<&str>) -> Result<(), Error> {
        super::verify(secret, &digest(secret), header)
    }

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
    fn header_names_are_case_insensitive() {
        let headers = Headers::new().with("stigg-webhooks-secret", "v");
        assert_eq!(headers.get(SECRET_HEADER), Some("v"));
        assert_eq!(headers.get("STIGG-WEBHOOKS-SECRET"), Some("v"));
        assert_eq!(headers.get("other"), None);
    }
}
