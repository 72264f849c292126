//! Adaptors for Primero API v2 and MOPH HIS / Child Shield.
