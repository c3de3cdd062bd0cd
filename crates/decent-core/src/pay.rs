//! Pay as auditable lines (being built): jurisdiction-neutral money types.
