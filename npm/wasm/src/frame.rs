//! The response layout every call returns: a JSON header and a byte payload in one buffer.
//!
//! `[u32 LE header length][u32 LE payload length][header: UTF-8 JSON][payload]`.
//! One buffer per call means one pointer to return and one free; JSON keeps the header
//! readable by `JSON.parse` with no schema code in JavaScript, and the payload (an `.mpy`
//! file, a dump) is copied out as bytes rather than escaped into the JSON.

use serde_json::Value;

/// Bytes before the header: its length and the payload's.
pub const PREFIX: usize = 8;

/// A call's answer before it is laid out: the header and the payload.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// What the JavaScript side reads with `JSON.parse`.
    pub header: Value,
    /// Raw bytes (the `.mpy` file, the dump text), empty when there are none.
    pub payload: Vec<u8>,
}

impl Response {
    /// A response with a header and no payload.
    pub fn header(header: Value) -> Response {
        Response {
            header,
            payload: Vec::new(),
        }
    }

    /// The framed bytes. A header or payload over 4 GiB cannot exist in wasm32's memory,
    /// so the `u32` lengths never truncate there; on a 64-bit host they saturate, which
    /// the host tests never reach.
    pub fn encode(&self) -> Vec<u8> {
        let header = self.header.to_string();
        let len32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes();
        let mut out = Vec::with_capacity(PREFIX + header.len() + self.payload.len());
        out.extend_from_slice(&len32(header.len()));
        out.extend_from_slice(&len32(self.payload.len()));
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(&self.payload);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn layout() {
        let r = Response {
            header: json!({"a": 1}),
            payload: vec![9, 8],
        };
        let b = r.encode();
        assert_eq!(&b[..8], &[7, 0, 0, 0, 2, 0, 0, 0]);
        assert_eq!(&b[8..15], br#"{"a":1}"#);
        assert_eq!(&b[15..], &[9, 8]);
    }
}
