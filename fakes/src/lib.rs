//! Fake Primero, HIS and Child Shield servers.
