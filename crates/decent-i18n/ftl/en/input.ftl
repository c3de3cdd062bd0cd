# What an input file was expected to hold (decent-io errors), English.
