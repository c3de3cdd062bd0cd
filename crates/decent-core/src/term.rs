//! Term arithmetic (being built): jurisdiction-neutral calendar terms.
