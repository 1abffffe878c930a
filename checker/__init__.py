"""factlint: fact-consistency checks for news corpora."""
