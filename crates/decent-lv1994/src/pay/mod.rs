//! Pay under lv-1994 (being built): premiums, average earnings, leave pay, severance, deductions.
