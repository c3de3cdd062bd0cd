# Ko ievades failā gaidīja (decent-io kļūdas), latviski.
