//! Terms and deadlines under lv-1994 (being built): s257 and the sections that set terms.
